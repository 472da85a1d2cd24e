/**
 * The widget's words in English (Australia), the catalogue every other locale translates.
 * Entries that take values are functions; dates, times, numbers and money are formatted by
 * Intl before they arrive here.
 */
export const en = {
  /** The API's own messages are in English: shown as they are only by a catalogue in English. */
  serverWords: true,
  loading: 'Loading…',
  loadingTimes: 'Loading free times…',
  back: 'Back',
  continue: 'Continue',
  tryAgain: 'Try again',
  step: (index: number, count: number) => `Step ${index} of ${count}`,
  stepTitle: {
    where: 'Where should we come?',
    treatment: 'Choose a treatment',
    length: 'Choose a length',
    referral: 'Your referral',
    when: 'Choose a time',
    details: 'Your details',
    review: 'Check and confirm',
    done: 'Booking confirmed',
    manage: 'Your booking',
    reschedule: 'Choose a new time',
    next: 'Book your next session',
  },
  choiceNeeded: {
    treatment: 'Choose a treatment to continue.',
    length: 'Choose a length to continue.',
    referral: 'Check your referral code to continue.',
    when: 'Choose a day and a time to continue.',
  },

  // failures
  unreachable: 'The booking service could not be reached. Check your connection and try again.',
  timeout: 'The booking service did not answer in time. Please try again.',
  serverError: 'The booking service had a problem. Please try again.',
  busy: 'The booking service is busy. Please wait a moment and try again.',
  notSetUp: 'Online booking is not set up correctly on this site.',
  notEnabled: 'Online booking is not enabled for this site.',
  missingApiUrl: 'Online booking is not set up on this site (missing api-url).',

  // where
  postcodeLabel: 'Postcode of the visit',
  postcodeHint: 'Four digits. Our therapists come to you.',
  postcodeInvalid: 'Enter the four-digit postcode of the visit.',
  notServed: (postcode: string) =>
    `We don't come to ${postcode} yet. Try another postcode, or book at one of our partner clinics.`,
  notServedFor: (postcode: string, treatment: string) =>
    `None of our therapists who give ${treatment} visit ${postcode} yet. Choose another treatment or postcode.`,

  // treatment and length
  referralRequired: 'Referral required',
  prices: 'Prices',
  noTreatments: 'No treatments are available right now.',
  tier: (minutes: number, price: string) => `${minutes} min — ${price}`,
  minutes: (minutes: number) => `${minutes} min`,

  // referral
  referralIntro: (treatment: string) =>
    `${treatment} is prescribed by your healthcare provider. Enter the referral code you were given.`,
  referralLabel: 'Referral code',
  familyNameLabel: 'Family name',
  dateOfBirthLabel: 'Date of birth',
  holderHint:
    'The family name and date of birth of the person the referral is for, exactly as written on the referral.',
  check: 'Check',
  referralMissing: 'Enter your referral code.',
  familyNameMissing: 'Enter the family name written on the referral.',
  dateOfBirthInvalid: 'Enter the date of birth written on the referral.',
  referralCannotUse: 'This referral cannot be used. Check the code, family name and date of birth.',
  referralNotFor: (treatment: string) => `This referral is not for ${treatment}.`,
  referralValid: (sessions: number, expires: string | null) =>
    `Valid: ${sessions} session${sessions === 1 ? '' : 's'} left${expires ? `, expires on ${expires}` : ''}.`,

  // when
  therapistPreference: 'Therapist',
  anyTherapist: 'Any available therapist',
  genderFemale: 'A female therapist',
  genderMale: 'A male therapist',
  genderMust: 'Only show times with such a therapist',
  genderPrefer: 'Prefer, but show all times',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  nextAvailable: 'Next available',
  noneThisMonth: 'No free times this month.',
  noneAtAll: 'No free times in the months we take bookings for. Try another length or postcode.',
  timesIn: (zone: string) => `Times are in ${zone}.`,
  weekdays: 'Days of the week',
  dayName: (date: string, count: number) =>
    count === 0 ? `${date}, no free times` : `${date}, ${count} free time${count === 1 ? '' : 's'}`,
  freeTimesOn: (date: string) => `Free times on ${date}`,
  timeName: (dateTime: string, therapists: number) =>
    `${dateTime}, ${therapists} therapist${therapists === 1 ? '' : 's'} available`,
  freeThisMonth: (count: number, month: string) =>
    count === 0 ? `No free times in ${month}` : `${month}: ${count} day${count === 1 ? '' : 's'} with free times`,
  whoCanCome: 'Who would you like?',
  anyFree: (count: number) => `Any available therapist (${count} free)`,
  loadingNames: 'Loading therapist names…',
  namesFailed: 'Therapist names could not be loaded; any available therapist can take this time.',
  therapistsFree: (count: number, time: string) =>
    `${count} therapist${count === 1 ? '' : 's'} can come at ${time}. Any available therapist is chosen.`,
  preferredChosen: (name: string) => `${name} is chosen, as you preferred.`,
  noPreferred: 'No therapist of the gender you prefer is free at this time; any available therapist will come.',

  // details
  whoFor: 'Who is the massage for?',
  forMe: 'Me',
  forSomeoneElse: 'Someone else',
  name: 'Full name',
  theirName: 'Their full name',
  yourName: 'Your name (the person booking)',
  email: 'Email',
  phone: 'Phone',
  contactHint: 'We send the confirmation here.',
  line1: 'Address line 1',
  line2: 'Address line 2 (optional)',
  suburb: 'Suburb',
  state: 'State (optional)',
  postcode: 'Postcode',
  healthQuestions: 'Health questions',
  healthHint: 'Tick any that apply. Only your therapist sees your answers.',
  health: {
    surgery: 'Surgery in the last 3 months',
    clots: 'Deep vein thrombosis or blood clots',
    pregnancy: 'Pregnancy',
    skin: 'Skin conditions, rashes or open wounds',
    medications: 'Medications (for example blood thinners)',
    other: 'Something else your therapist should know',
  },
  healthNotes: 'Details (optional)',
  policyTitle: 'Cancellation policy',
  policy: (hours: number) =>
    `You can cancel or move the booking free of charge until ${hours} hours before it starts, with the link you receive. After that it cannot be changed online.`,
  consent: 'I have read and accept the cancellation policy',
  review: 'Review booking',
  required: (label: string) => `Enter ${label.toLowerCase()}.`,
  emailInvalid: 'Enter an email address such as name@example.com.',
  phoneInvalid: 'Enter a phone number such as 0412 345 678.',
  consentNeeded: 'Accept the cancellation policy to book.',
  fixErrors: (count: number) => `${count} field${count === 1 ? ' needs' : 's need'} attention.`,
  fieldRefused: 'Check this field.',

  // review and confirmation
  treatment: 'Treatment',
  length: 'Length',
  price: 'Price',
  when: 'When',
  therapist: 'Therapist',
  address: 'Address',
  forWhom: 'For',
  referral: 'Referral',
  confirm: 'Confirm booking',
  booking: 'Booking…',
  edit: 'Change',
  slotTaken: 'That time was just taken. Choose another one; your details are kept.',
  alternativesOn: (date: string) => `Still free on ${date}:`,
  alternativesNext: (date: string) => `The next free day is ${date}:`,
  noAlternatives: 'No other times are free soon. Go back to choose another day.',
  chooseAnother: 'Choose another day',
  alreadyBooked:
    'An earlier attempt already booked this with different details. Check your email before booking again.',
  confirmed: (reference: string) => `Booking confirmed. Your reference is ${reference}.`,
  reference: 'Reference',
  sessionsLeft: 'Sessions left on your referral',
  manageTitle: 'Change or cancel later',
  manageHint:
    'Keep this link: it lets you change or cancel the booking. Anyone with it can, so do not share it. It is shown only once.',
  manageLink: 'Manage your booking',
  copyLink: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Copying failed: select the link and copy it.',
  addToCalendar: 'Add to calendar (.ics)',
  bookAnother: 'Book another massage',
  calendarTitle: (treatment: string) => `${treatment} (massage at home)`,

  // manage
  manageLoading: 'Loading your booking…',
  manageNotFound: 'This manage link does not match a booking. Check that you opened the whole link.',
  status: 'Status',
  statuses: {
    CONFIRMED: 'Confirmed',
    CANCELLED: 'Cancelled',
    COMPLETED: 'Completed',
    NO_SHOW: 'Missed',
  } as Record<string, string>,
  freeChangeUntil: (dateTime: string) => `You can change or cancel free of charge until ${dateTime}.`,
  changeClosed: (dateTime: string) =>
    `Free changes closed at ${dateTime}. Please call us to change or cancel this booking.`,
  reschedule: 'Change the time',
  cancel: 'Cancel the booking',
  bookNext: 'Book the next session',
  cancelReason: 'Reason (optional)',
  confirmCancel: 'Yes, cancel it',
  keep: 'Keep the booking',
  cancelled: 'The booking is cancelled.',
  rescheduled: (dateTime: string) => `The booking is moved to ${dateTime}.`,
  moveTo: 'Move to this time',
  sameTherapist: (name: string) => `With ${name}, your therapist.`,
  nextBooked: (reference: string) => `Your next session is booked. Its reference is ${reference}.`,
};

/**
 * A catalogue: every entry of English, and, where the API's English words are not shown
 * (`serverWords: false`), its refusals in the catalogue's language by code.
 */
export type Messages = typeof en & { refusals?: Record<string, string> };
