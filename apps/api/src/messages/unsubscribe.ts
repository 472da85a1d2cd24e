import { createHmac, timingSafeEqual } from 'node:crypto';

const tokenFor = (secret: string, clientId: string): string =>
  createHmac('sha256', secret).update(`stop-followups:${clientId}`).digest('base64url');

/** The link in a follow-up that stops follow-ups: it names the client and proves it came from us. */
export const unsubscribeLink = (publicUrl: string, secret: string, clientId: string): string =>
  `${publicUrl}/messages/unsubscribe?client=${encodeURIComponent(clientId)}&token=${tokenFor(secret, clientId)}`;

export function unsubscribeTokenMatches(secret: string, clientId: string, token: string): boolean {
  const expected = Buffer.from(tokenFor(secret, clientId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
