import { formatDateTime, type Operator } from '../app/operator-time';

type Timed = { status: string; attempts: number; createdAt: string; dueAt: string; sentAt?: string | null };

/**
 * When an email or webhook call went, or is to go: sent (`sentWord`: "sent", "kept",
 * "delivered"), due (or, after a failed attempt, tried next), or else when it was written.
 */
export function deliveryTime(d: Timed, operator: Operator, sentWord: string): { at: string; note: string } {
  if (d.status === 'SENT' && d.sentAt) return { at: formatDateTime(d.sentAt, operator), note: sentWord };
  if (d.status === 'PENDING') {
    return { at: formatDateTime(d.dueAt, operator), note: d.attempts > 0 ? 'tried again then' : 'due' };
  }
  return { at: formatDateTime(d.createdAt, operator), note: 'written' };
}
