export const signInPath = '/sign-in';

// Only used to resolve `next` the way a browser would; never requested.
const thisOrigin = 'https://console.invalid';

/** The sign-in page's address that comes back to `next` (a path and query) afterwards. */
export function signInHref(next: string): string {
  return `${signInPath}?${new URLSearchParams({ next })}`;
}

/**
 * Where to go after signing in: `next` when it is a path on this origin, else the
 * console's start. "//evil.example", "https://evil.example" and paths a browser
 * would read as another host ("/\evil.example", "/\t/evil.example") go to "/".
 */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//')) {
    return '/';
  }
  let url: URL;
  try {
    url = new URL(next, thisOrigin);
  } catch {
    return '/';
  }
  if (url.origin !== thisOrigin || url.pathname === signInPath) {
    return '/';
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
