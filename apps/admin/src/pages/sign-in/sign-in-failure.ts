import { ServerError } from '@apollo/client/errors';
import { apiErrorsOf } from '../../app/api-errors';

/** What the sign-in form shows when signing in did not work. */
export type SignInFailure =
  | { readonly kind: 'fields'; readonly email?: string; readonly password?: string }
  | { readonly kind: 'credentials'; readonly message: string }
  | { readonly kind: 'alert'; readonly message: string };

/** "45 seconds", "2 minutes": rounded up, so waiting that long is always enough. */
function waitText(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) {
    return whole === 1 ? '1 second' : `${whole} seconds`;
  }
  const minutes = Math.ceil(whole / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** The failure to show for what the signIn mutation rejected with. */
export function signInFailureOf(error: unknown): SignInFailure {
  const errors = apiErrorsOf(error);
  const [first] = errors;
  if (!first) {
    if (ServerError.is(error)) {
      return {
        kind: 'alert',
        message: `The server answered with HTTP status ${error.statusCode}. Try again in a moment.`,
      };
    }
    // fetch rejects with terse messages such as "Failed to fetch".
    return { kind: 'alert', message: 'The server could not be reached. Check your connection and try again.' };
  }
  switch (first.code) {
    case 'UNAUTHENTICATED':
      return { kind: 'credentials', message: 'The email or password is not right. Check both and try again.' };
    case 'RATE_LIMITED': {
      const retryAfter = first.extensions.retryAfterSeconds;
      const when = typeof retryAfter === 'number' ? `in ${waitText(retryAfter)}` : 'in a few minutes';
      return { kind: 'alert', message: `Too many sign-in attempts. Try again ${when}.` };
    }
    case 'BAD_USER_INPUT':
      if (first.extensions.field === 'email') {
        return { kind: 'fields', email: 'Enter a whole email address, such as name@example.com.' };
      }
      return { kind: 'alert', message: first.message };
    case 'FORBIDDEN':
      return { kind: 'alert', message: 'The API does not accept sign-in from this address of the console.' };
    default:
      return { kind: 'alert', message: 'The server ran into a problem. Try again later.' };
  }
}
