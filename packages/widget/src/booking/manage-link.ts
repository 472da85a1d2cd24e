import type { ManageKey } from '../api.js';

/**
 * A manage link is the partner page's own address with the booking's reference and token in the
 * fragment, which browsers never send to a server: `#mm-manage=BK-7Q4M9X.<token>`.
 */
const PREFIX = '#mm-manage=';

export function manageLink(pageUrl: string, key: ManageKey): string {
  const url = new URL(pageUrl);
  url.hash = '';
  return `${url.href}${PREFIX}${encodeURIComponent(key.reference)}.${encodeURIComponent(key.manageToken)}`;
}

/** The key in a page's fragment, if it holds one. References have no dot; tokens are base64url. */
export function readManageLink(hash: string): ManageKey | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  const value = hash.slice(PREFIX.length);
  const dot = value.indexOf('.');
  if (dot <= 0 || dot === value.length - 1) return undefined;
  try {
    return {
      reference: decodeURIComponent(value.slice(0, dot)),
      manageToken: decodeURIComponent(value.slice(dot + 1)),
    };
  } catch {
    return undefined;
  }
}
