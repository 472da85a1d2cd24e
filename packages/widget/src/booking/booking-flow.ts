import type { AvailableDay, CreatedBooking, ReferralCheck, Slot, TherapistName, Treatment } from '../api.js';

/** The booking flow's steps in order; `referral` only for treatments that require one. */
export type Step = 'treatment' | 'length' | 'referral' | 'where' | 'when' | 'details' | 'done';

export const STEP_TITLES: Readonly<Record<Step, string>> = {
  treatment: 'Choose a treatment',
  length: 'Choose a length',
  referral: 'Your referral',
  where: 'Where should we come?',
  when: 'Choose a time',
  details: 'Your details',
  done: 'Booking confirmed',
};

/** The steps a client goes through before the confirmation. */
export const stepsFor = (treatment: Treatment | undefined): Step[] => [
  'treatment',
  'length',
  ...(treatment?.requiresReferral ? (['referral'] as const) : []),
  'where',
  'when',
  'details',
];

export const DETAIL_FIELDS = [
  'name',
  'email',
  'phone',
  'line1',
  'line2',
  'suburb',
  'state',
  'postcode',
  'notes',
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
export type Details = Record<DetailField, string>;

export const isDetailField = (name: string): name is DetailField => DETAIL_FIELDS.some((field) => field === name);

/** Ids of the inputs an error can point at. */
export type FieldId = DetailField | 'referral';

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
  intakeNotes: 'notes',
  referralCode: 'referral',
};

/** A message for the current step; `retry` repeats what failed when the outcome was unknown. */
export interface Alert {
  message: string;
  retry?: () => void;
}

/** Therapist names for the chosen day, fetched only once the client has picked a time. */
export interface Names {
  date: string;
  bySlot: Map<number, TherapistName[]> | 'loading' | 'failed';
}

export interface Flow {
  step: Step;
  durationMinutes: number | null;
  referralCode: string;
  referral: ReferralCheck | null;
  postcode: string;
  /** First day of the week shown, YYYY-MM-DD in the widget's time zone. */
  weekStart: string;
  /** null while loading. */
  days: AvailableDay[] | null;
  date: string | null;
  slot: Slot | null;
  names: Names | null;
  /** null: any available therapist. */
  therapistId: string | null;
  errors: Partial<Record<FieldId, string>>;
  alert: Alert | null;
  busy: boolean;
  created: CreatedBooking | null;
}

export const initialFlow = (): Flow => ({
  step: 'treatment',
  durationMinutes: null,
  referralCode: '',
  referral: null,
  postcode: '',
  weekStart: '',
  days: null,
  date: null,
  slot: null,
  names: null,
  therapistId: null,
  errors: {},
  alert: null,
  busy: false,
  created: null,
});

/** A checked referral the client may book this treatment with. */
export const referralFits = (referral: ReferralCheck | null, treatmentId: string): boolean =>
  !!referral?.valid && referral.treatmentIds.includes(treatmentId);
