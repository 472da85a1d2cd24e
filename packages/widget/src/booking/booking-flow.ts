import type {
  AvailableDay,
  Booking,
  CreatedBooking,
  Money,
  ReferralCheck,
  ReferralHolder,
  Slot,
  TherapistProfile,
  Treatment,
} from '../api.js';

/** The booking flow's steps in order; `referral` only for treatments that require one. */
export type BookingStep = 'where' | 'treatment' | 'length' | 'referral' | 'when' | 'details' | 'review';
/** After booking, and the manage view's own steps (a manage link opens `manage`). */
export type Step = BookingStep | 'done' | 'manage' | 'reschedule' | 'next';

/** The steps a client goes through before the confirmation. */
export const stepsFor = (treatment: Treatment | undefined): BookingStep[] => [
  'where',
  'treatment',
  'length',
  ...(treatment?.requiresReferral ? (['referral'] as const) : []),
  'when',
  'details',
  'review',
];

export const DETAIL_FIELDS = [
  'name',
  'booker',
  'email',
  'phone',
  'line1',
  'line2',
  'suburb',
  'state',
  'notes',
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
export type Details = Record<DetailField, string>;

export const HEALTH_QUESTIONS = ['surgery', 'clots', 'pregnancy', 'skin', 'medications', 'other'] as const;
export type HealthQuestion = (typeof HEALTH_QUESTIONS)[number];

export const isDetailField = (name: string): name is DetailField => DETAIL_FIELDS.some((field) => field === name);

/** The referral step's inputs: the code, and whom the referral was written for. */
export const REFERRAL_FIELDS = ['referral', 'familyName', 'dateOfBirth'] as const;
export type ReferralField = (typeof REFERRAL_FIELDS)[number];

export const isReferralField = (name: string): name is ReferralField => REFERRAL_FIELDS.some((field) => field === name);

/** Ids of the inputs an error can point at. */
export type FieldId = DetailField | ReferralField | 'postcode' | 'consent' | 'reason';

/** The step whose form has the input. */
export const fieldStep = (field: FieldId): Step =>
  field === 'postcode' ? 'where' : field === 'reason' ? 'manage' : isReferralField(field) ? 'referral' : 'details';

/** The API's `extensions.field` → the input that shows the error. */
export const SERVER_FIELDS: Readonly<Partial<Record<string, FieldId>>> = {
  'client.name': 'name',
  'client.email': 'email',
  'client.phone': 'phone',
  'address.line1': 'line1',
  'address.line2': 'line2',
  'address.suburb': 'suburb',
  'address.state': 'state',
  'address.postcode': 'postcode',
  postcode: 'postcode',
  intakeNotes: 'notes',
  referralCode: 'referral',
  'referralHolder.familyName': 'familyName',
  'referralHolder.dateOfBirth': 'dateOfBirth',
  reason: 'reason',
};

/** A message for the current step; `retry` repeats what failed when the outcome was unknown. */
export interface Alert {
  message: string;
  retry?: () => void;
}

/** Therapist names for the chosen day, fetched only once the client has picked a time. */
export interface Names {
  date: string;
  bySlot: Map<number, TherapistProfile[]> | 'loading' | 'failed';
}

export type Gender = '' | 'female' | 'male';

/** Free times offered after the chosen one was taken: that day's nearest, or the next free day's. */
export interface Alternatives {
  date: string;
  sameDay: boolean;
  slots: Slot[];
}

export interface Flow {
  step: Step;
  postcode: string;
  durationMinutes: number | null;
  referralCode: string;
  /** As typed; sent with the code to check it and to book. */
  referralHolder: ReferralHolder;
  referral: ReferralCheck | null;
  gender: Gender;
  /** The gender is a must (times are filtered) rather than a preference. */
  genderMust: boolean;
  /** The month shown, YYYY-MM. */
  month: string;
  /** The month's free times; null while loading. */
  days: AvailableDay[] | null;
  date: string | null;
  slot: Slot | null;
  /** The chosen length's price on the slot's day (prices can change from a day on); null until known. */
  sessionPrice: Money | null;
  names: Names | null;
  /** null: any available therapist. */
  therapistId: string | null;
  forSomeoneElse: boolean;
  health: HealthQuestion[];
  consent: boolean;
  errors: Partial<Record<FieldId, string>>;
  alert: Alert | null;
  /** A status line that is not an error (e.g. "Link copied."). */
  notice: string;
  busy: boolean;
  alternatives: Alternatives | null;
  created: CreatedBooking | null;
  /** The booking a manage link opened; 'missing' when it matched none. */
  managed: Booking | 'missing' | null;
  cancelling: boolean;
}

export const initialFlow = (postcode = ''): Flow => ({
  step: 'where',
  postcode,
  durationMinutes: null,
  referralCode: '',
  referralHolder: { familyName: '', dateOfBirth: '' },
  referral: null,
  gender: '',
  genderMust: false,
  month: '',
  days: null,
  date: null,
  slot: null,
  sessionPrice: null,
  names: null,
  therapistId: null,
  forSomeoneElse: false,
  health: [],
  consent: false,
  errors: {},
  alert: null,
  notice: '',
  busy: false,
  alternatives: null,
  created: null,
  managed: null,
  cancelling: false,
});

/** A checked referral the client may book this treatment with. */
export const referralFits = (referral: ReferralCheck | null, treatmentId: string): boolean =>
  !!referral?.valid && referral.treatmentIds.includes(treatmentId);

/**
 * A date of birth as the API accepts one: a past day, not before 1900. Caught here, a typo such as a
 * two-digit year does not count against the code's few tries with a wrong holder.
 */
export const possibleBirthDate = (date: string, today: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= '1900-01-01' && date < today;

/** Up to `count` slots nearest in time to `instant`, in the day's order. */
export function nearestSlots(slots: readonly Slot[], instant: number, count: number): Slot[] {
  const distance = (slot: Slot) => Math.abs(Date.parse(slot.start) - instant);
  const nearest = new Set([...slots].sort((a, b) => distance(a) - distance(b)).slice(0, count));
  return slots.filter((slot) => nearest.has(slot));
}
