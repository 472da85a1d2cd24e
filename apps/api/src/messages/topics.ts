/** What a partner's endpoint may subscribe to. */
export const WEBHOOK_TOPICS = [
  'booking.created',
  'booking.rescheduled',
  'booking.cancelled',
  'booking.completed',
  'referral.verified',
] as const;
export type WebhookTopic = (typeof WEBHOOK_TOPICS)[number];

/**
 * PENDING until delivered (SENT) or given up on (DEAD, after the last retry);
 * CANCELLED when what it announced no longer holds (a reminder of a cancelled
 * booking), SKIPPED when it was due but had nothing to say (a follow-up to a
 * client who opted out, an expiry warning for a referral used up meanwhile).
 */
export const OUTBOX_STATUSES = ['PENDING', 'SENT', 'DEAD', 'CANCELLED', 'SKIPPED'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Everything the product reports, by email, webhook or both. */
export type Topic =
  | WebhookTopic
  | 'booking.no_show'
  | 'booking.reminder'
  | 'booking.followup'
  | 'therapist.digest'
  | 'referral.rejected'
  | 'referral.expiring'
  | 'referral.exhausted'
  | 'referral.waiting';
