import type { DataRouter } from 'react-router';
import { signInHref, signInPath } from './sign-in-location';

/**
 * Sends the person to sign-in, to come back to the page (path and query) they
 * were on. Replaces the history entry, so Back does not return to a page that
 * cannot load; does nothing on the sign-in page itself.
 */
export function redirectToSignIn(router: Pick<DataRouter, 'state' | 'navigate'>): void {
  const { pathname, search } = router.state.location;
  if (pathname === signInPath) {
    return;
  }
  void router.navigate(signInHref(`${pathname}${search}`), { replace: true });
}
