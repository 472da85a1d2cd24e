import { createHmac, randomBytes } from 'node:crypto';

/** The header partners verify: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, one v1 per valid secret. */
export const SIGNATURE_HEADER = 'X-MM-Signature';

export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

export const webhookSignature = (secret: string, timestamp: number, body: string): string =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

/**
 * Signed with every secret still valid: during a rotation's grace period the
 * previous one too, so a receiver still holding it keeps accepting.
 */
export const signatureHeader = (secrets: readonly string[], timestamp: number, body: string): string =>
  [`t=${timestamp}`, ...secrets.map((s) => `v1=${webhookSignature(s, timestamp, body)}`)].join(',');
