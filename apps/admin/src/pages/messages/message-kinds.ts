// The API's email templates (apps/api/src/messages/templates.ts), in words.
const KINDS: Readonly<Record<string, string>> = {
  'booking.confirmation': 'Booking confirmation',
  'booking.rescheduled': 'Booking moved',
  'booking.cancelled': 'Booking cancelled',
  'booking.reminder': 'Reminder before a visit',
  'booking.followup': 'Follow-up after a visit',
  'therapist.booking.created': 'New booking, to the therapist',
  'therapist.booking.changed': 'Booking moved, to the therapist',
  'therapist.booking.cancelled': 'Booking cancelled, to the therapist',
  'therapist.digest': "Next day's schedule, to the therapist",
  'referral.verified': 'Referral verified',
  'referral.rejected': 'Referral rejected',
  'referral.expiring': 'Referral about to expire',
  'referral.exhausted': 'Referral used up',
  'staff.referrals.waiting': 'Referrals waiting, to staff',
};

/** "Booking confirmation" for booking.confirmation; a template added later reads as its own name. */
export const messageKind = (template: string | null | undefined, topic: string): string =>
  template ? (KINDS[template] ?? template) : topic;

/** Where a message's booking or referral is found in the console. */
export function aboutLink(m: { bookingReference?: string | null; referralCode?: string | null }) {
  if (m.bookingReference) {
    // every date: the list shows upcoming bookings unless told otherwise
    return { label: m.bookingReference, to: `/bookings?from=&q=${encodeURIComponent(m.bookingReference)}` };
  }
  if (m.referralCode) {
    return { label: m.referralCode, to: `/referrals?view=all&q=${encodeURIComponent(m.referralCode)}` };
  }
  return undefined;
}
