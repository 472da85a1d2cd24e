/**
 * English strings of every message. Its shape is the contract: each other
 * locale's table is typed `MessageStrings`, so a missing key fails to compile.
 */
export const en = {
  lang: 'en',
  luxonLocale: 'en-AU',
  // Luxon patterns; ZZZZ is the zone's short name in this locale (AEDT, AEST).
  format: {
    dateTime: 'cccc d LLLL yyyy, h:mm a ZZZZ',
    time: 'h:mm a',
    timeZoned: 'h:mm a ZZZZ',
    day: 'cccc d LLLL yyyy',
  },
  labelled: (label: string, value: string) => `${label}: ${value}`,
  greeting: (name: string) => `Hello ${name},`,
  greetingTeam: 'Hello,',
  signOff: (operatorName: string) => `Kind regards,\n${operatorName}`,
  label: {
    reference: 'Reference',
    treatment: 'Treatment',
    when: 'When',
    duration: 'Duration',
    previously: 'Previously',
    therapist: 'Therapist',
    client: 'Client',
    address: 'Address',
    price: 'Price',
    code: 'Referral code',
    holder: 'Written for',
    sessionsAuthorised: 'Sessions authorised',
    sessionsUsed: 'Sessions used',
    sessionsLeft: 'Sessions left',
    expiresOn: 'Valid until',
  },
  durationUntil: (minutes: number, end: string) => `${minutes} min, until ${end}`,
  link: {
    manage: 'View, change or cancel your booking',
    book: 'Book a session',
    console: 'Open the staff console',
    unsubscribe: 'Unsubscribe from follow-up emails',
  },
  booking: {
    confirmation: {
      subject: (reference: string) => `Booking confirmed: ${reference}`,
      intro: 'Your booking is confirmed. Here are the details.',
    },
    rescheduled: {
      subject: (reference: string) => `Booking rescheduled: ${reference}`,
      intro: 'Your booking has moved to a new time. Here are the updated details.',
    },
    cancelled: {
      subject: (reference: string) => `Booking cancelled: ${reference}`,
      intro: 'Your booking below has been cancelled.',
      rebook: 'You are welcome to book another time whenever it suits you.',
    },
    reminder: {
      subject: (reference: string) => `Booking reminder: ${reference}`,
      intro: 'A reminder of your upcoming appointment.',
    },
    followup: {
      subject: (reference: string) => `Thank you for your visit: ${reference}`,
      intro: 'Thank you for coming in. We hope you enjoyed your session.',
      sessionsLeft: (left: number) =>
        left === 0
          ? 'You have now used all the sessions on your referral.'
          : `You have ${left === 1 ? '1 session' : `${left} sessions`} left on your referral.`,
      next: 'When you are ready for your next session, you can book online.',
      unsubscribe: 'If you would rather not receive follow-up emails like this one, you can unsubscribe at any time.',
    },
  },
  therapist: {
    created: {
      subject: (reference: string) => `New booking: ${reference}`,
      intro: 'You have a new booking.',
    },
    changed: {
      subject: (reference: string) => `Booking changed: ${reference}`,
      intro: 'One of your bookings has moved to a new time.',
    },
    cancelled: {
      subject: (reference: string) => `Booking cancelled: ${reference}`,
      intro: 'One of your bookings has been cancelled.',
    },
    digest: {
      subject: (day: string) => `Your schedule for ${day}`,
      intro: (day: string, count: number) =>
        `You have ${count === 1 ? '1 booking' : `${count} bookings`} on ${day}, in order of time.`,
      empty: (day: string) => `You have no bookings on ${day}.`,
    },
  },
  referral: {
    verified: {
      subject: 'Your referral has been verified',
      intro: 'We have verified your referral. You can now book sessions with it.',
    },
    rejected: {
      subject: 'We could not verify your referral',
      intro: 'We are sorry: we were unable to verify your referral.',
      next: 'If you have any questions, or would like to send us a corrected referral, please get in touch.',
    },
    expiring: {
      subject: 'Your referral expires soon',
      intro: (expiresOn: string, left: number) =>
        `Your referral expires on ${expiresOn}, and you still have ${left === 1 ? '1 session' : `${left} sessions`} left on it.`,
      next: 'Book your remaining sessions before it expires.',
    },
    exhausted: {
      subject: 'You have used all the sessions on your referral',
      intro: 'You have now used the last session on your referral.',
      next: 'For further sessions under a referral, please ask your referring practitioner for a new one.',
    },
  },
  staff: {
    referralsWaiting: {
      subject: (count: number) => `Referrals waiting for review: ${count}`,
      intro: (count: number) =>
        `${count === 1 ? '1 referral has' : `${count} referrals have`} been waiting for review for more than one working day.`,
      oldest: (since: string) => `The oldest has been waiting since ${since}.`,
    },
  },
};

export type MessageStrings = typeof en;
