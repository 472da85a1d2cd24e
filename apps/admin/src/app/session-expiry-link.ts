import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticated } from './api-errors';

declare module '@apollo/client' {
  interface DefaultContext {
    /** The operation reads UNAUTHENTICATED itself (signing in and out): no redirect to sign-in. */
    handlesUnauthenticated?: boolean;
  }
}

/**
 * The one place a lost session is noticed: any operation the API answers with
 * UNAUTHENTICATED calls `onUnauthenticated` (which sends the person to sign-in).
 */
export function createSessionExpiryLink(onUnauthenticated: () => void): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    if (!operation.getContext().handlesUnauthenticated && isUnauthenticated(error)) {
      onUnauthenticated();
    }
  });
}
