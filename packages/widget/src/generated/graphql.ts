/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AddressInput = {
  /** ISO-3166 alpha-2 */
  country: string;
  line1: string;
  line2?: string | null | undefined;
  postcode: string;
  state?: string | null | undefined;
  suburb: string;
};

export type AvailabilityInput = {
  durationMinutes: number;
  /** first day, in timeZone */
  from: string;
  /** where the client wants the visit */
  postcode?: string | null | undefined;
  /** medical: only therapists fit for this referral */
  referralCode?: string | null | undefined;
  /** only therapists of this gender */
  therapistGender?: string | null | undefined;
  /** only this therapist */
  therapistId?: string | null | undefined;
  /** IANA zone the days are read in, e.g. Australia/Sydney */
  timeZone: string;
  /** last day, inclusive, in timeZone */
  to: string;
  treatmentId: string;
};

export type BookingStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'NO_SHOW';

export type ClientInput = {
  email: string;
  name: string;
  phone: string;
};

export type CreateBookingInput = {
  address: AddressInput;
  client: ClientInput;
  durationMinutes: number;
  /** same key again returns the same booking */
  idempotencyKey: string;
  /** health notes / contraindications from the client */
  intakeNotes?: string | null | undefined;
  /** The client's language for the booking's emails, a BCP 47 tag (e.g. zh-CN); the operator's when absent. */
  locale?: string | null | undefined;
  /** required when the treatment requires a referral */
  referralCode?: string | null | undefined;
  /** with a referral code: whom the referral was written for, as on the referral */
  referralHolder?: ReferralHolderInput | null | undefined;
  start: string;
  /** omitted: the API assigns one who is free */
  therapistId?: string | null | undefined;
  treatmentId: string;
};

/** whom a referral was written for, as on the referral */
export type ReferralHolderInput = {
  dateOfBirth: string;
  familyName: string;
};

export type Technique =
  | 'DEEP_TISSUE'
  | 'LYMPHATIC_DRAINAGE'
  | 'MYOFASCIAL_RELEASE'
  | 'NEUROMUSCULAR'
  | 'PRENATAL'
  | 'SPORTS'
  | 'SWEDISH'
  | 'TRIGGER_POINT';

export type WidgetStartQueryVariables = Exact<{ [key: string]: never; }>;


export type WidgetStartQuery = { treatments: Array<{ id: string, slug: string, name: string, description: string, requiresReferral: boolean }>, priceTiers: Array<{ id: string, durationMinutes: number, price: { amountMinor: number, currency: string, formatted: string } }>, bookingPolicy: { timeZone: string, freeChangeHours: number, minNoticeMinutes: number, horizonDays: number }, techniques: Array<{ technique: Technique, label: string }> };

export type WidgetPricesOnQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type WidgetPricesOnQuery = { priceTiers: Array<{ id: string, durationMinutes: number, price: { amountMinor: number, currency: string, formatted: string } }> };

export type WidgetServiceAreaQueryVariables = Exact<{
  postcode: string;
  treatmentId?: string | null | undefined;
}>;


export type WidgetServiceAreaQuery = { serviceArea: { postcode: string, served: boolean } };

export type WidgetReferralQueryVariables = Exact<{
  code: string;
  familyName: string;
  dateOfBirth: string;
}>;


export type WidgetReferralQuery = { checkReferral: { code: string, valid: boolean, reason: string | null, sessionsRemaining: number, expiresOn: string | null, treatmentIds: Array<string> } };

export type WidgetAvailabilityQueryVariables = Exact<{
  input: AvailabilityInput;
}>;


export type WidgetAvailabilityQuery = { availability: Array<{ date: string, slots: Array<{ start: string, availableTherapists: number }> }> };

export type WidgetTherapistsQueryVariables = Exact<{
  input: AvailabilityInput;
}>;


export type WidgetTherapistsQuery = { availability: Array<{ date: string, therapists: Array<{ id: string, displayName: string, bio: string | null, gender: string | null, techniques: Array<Technique> }>, slots: Array<{ start: string, therapistIndexes: Array<number> }> }> };

export type WidgetBookingFieldsFragment = { reference: string, status: BookingStatus, start: string, end: string, durationMinutes: number, freeChangeUntil: string, referralSessionsRemaining: number | null, price: { amountMinor: number, currency: string, formatted: string }, treatment: { id: string, name: string, requiresReferral: boolean }, therapist: { id: string, displayName: string } };

export type WidgetCreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type WidgetCreateBookingMutation = { createBooking: { manageToken: string, booking: { reference: string, status: BookingStatus, start: string, end: string, durationMinutes: number, freeChangeUntil: string, referralSessionsRemaining: number | null, price: { amountMinor: number, currency: string, formatted: string }, treatment: { id: string, name: string, requiresReferral: boolean }, therapist: { id: string, displayName: string } } } };

export type WidgetManagedBookingQueryVariables = Exact<{
  reference: string;
  manageToken: string;
}>;


export type WidgetManagedBookingQuery = { booking: { reference: string, status: BookingStatus, start: string, end: string, durationMinutes: number, freeChangeUntil: string, referralSessionsRemaining: number | null, price: { amountMinor: number, currency: string, formatted: string }, treatment: { id: string, name: string, requiresReferral: boolean }, therapist: { id: string, displayName: string } } | null };

export type WidgetRescheduleBookingMutationVariables = Exact<{
  reference: string;
  manageToken: string;
  start: string;
}>;


export type WidgetRescheduleBookingMutation = { rescheduleBooking: { reference: string, status: BookingStatus, start: string, end: string, durationMinutes: number, freeChangeUntil: string, referralSessionsRemaining: number | null, price: { amountMinor: number, currency: string, formatted: string }, treatment: { id: string, name: string, requiresReferral: boolean }, therapist: { id: string, displayName: string } } };

export type WidgetCancelBookingMutationVariables = Exact<{
  reference: string;
  manageToken: string;
  reason?: string | null | undefined;
}>;


export type WidgetCancelBookingMutation = { cancelBooking: { reference: string, status: BookingStatus, start: string, end: string, durationMinutes: number, freeChangeUntil: string, referralSessionsRemaining: number | null, price: { amountMinor: number, currency: string, formatted: string }, treatment: { id: string, name: string, requiresReferral: boolean }, therapist: { id: string, displayName: string } } };

export type WidgetBookNextSessionMutationVariables = Exact<{
  reference: string;
  manageToken: string;
  start: string;
  idempotencyKey: string;
}>;


export type WidgetBookNextSessionMutation = { bookNextSession: { manageToken: string, booking: { reference: string, status: BookingStatus, start: string, end: string, durationMinutes: number, freeChangeUntil: string, referralSessionsRemaining: number | null, price: { amountMinor: number, currency: string, formatted: string }, treatment: { id: string, name: string, requiresReferral: boolean }, therapist: { id: string, displayName: string } } } };
