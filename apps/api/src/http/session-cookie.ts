import type { IncomingMessage } from 'node:http';
import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';

// Over HTTPS the __Host- prefix makes browsers insist on Secure, Path=/ and no Domain.
const cookieName = (secure: boolean) => (secure ? '__Host-mm_session' : 'mm_session');

/** The session token the request carries, if any. */
export function readSessionToken(req: IncomingMessage & { secure?: boolean }): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const token = parse(header)[cookieName(req.secure === true)];
  return token && /^[\w-]{20,100}$/.test(token) ? token : undefined;
}

/** Sets and clears the session cookie of this response. */
export interface SessionCookie {
  set(token: string): void;
  clear(): void;
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it),
 * Secure over HTTPS; it lives as long as the session may.
 */
export function sessionCookie(req: Request, res: Response, maxAgeSeconds: number): SessionCookie {
  const write = (value: string, maxAge: number) =>
    res.append(
      'Set-Cookie',
      serialize(cookieName(req.secure), value, {
        httpOnly: true,
        sameSite: 'strict',
        secure: req.secure,
        path: '/',
        maxAge,
      }),
    );
  return { set: (token) => write(token, maxAgeSeconds), clear: () => write('', 0) };
}
