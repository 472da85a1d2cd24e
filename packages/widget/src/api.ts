/** The widget's calls to the public GraphQL contract. */
import type {
  AvailabilityInput,
  CreateBookingInput,
  ReferralHolderInput,
  WidgetAvailabilityQuery,
  WidgetBookingFieldsFragment,
  WidgetBookNextSessionMutation,
  WidgetCancelBookingMutation,
  WidgetCreateBookingMutation,
  WidgetManagedBookingQuery,
  WidgetReferralQuery,
  WidgetRescheduleBookingMutation,
  WidgetServiceAreaQuery,
  WidgetStartQuery,
  WidgetTherapistsQuery,
} from './generated/graphql.js';

export type { AvailabilityInput, CreateBookingInput };
export type Start = WidgetStartQuery;
export type Treatment = WidgetStartQuery['treatments'][number];
export type PriceTier = WidgetStartQuery['priceTiers'][number];
export type Money = PriceTier['price'];
export type BookingPolicy = WidgetStartQuery['bookingPolicy'];
export type ReferralCheck = WidgetReferralQuery['checkReferral'];
/** Whom a referral was written for: its family name and date of birth (YYYY-MM-DD), as on the referral. */
export type ReferralHolder = ReferralHolderInput;
export type AvailableDay = WidgetAvailabilityQuery['availability'][number];
export type Slot = AvailableDay['slots'][number];
export type TherapistProfile = WidgetTherapistsQuery['availability'][number]['therapists'][number];
export type Booking = WidgetBookingFieldsFragment;
export type CreatedBooking = WidgetCreateBookingMutation['createBooking'];

/** How long one request may take before the widget stops waiting. */
export const REQUEST_TIMEOUT_MS = 10_000;

export interface ApiOptions {
  /** The GraphQL endpoint. */
  url: string;
  /** Publishable key identifying the partner site. */
  partnerKey: string;
  signal?: AbortSignal;
  /** Milliseconds before the request is given up; {@link REQUEST_TIMEOUT_MS} by default. */
  timeoutMs?: number;
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string; retryAfterSeconds?: number };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

/** Why no answer came: the widget words each for the client in their language. */
export type Failure = 'unreachable' | 'timeout' | 'http';

/**
 * A request that got no GraphQL answer: the outcome is unknown, so the same request may be retried.
 * `message` is for developers; the widget shows its own words for `failure`.
 */
export class ApiError extends Error {
  constructor(
    readonly failure: Failure,
    readonly status?: number,
  ) {
    super(`GraphQL request failed: ${failure}${status ? ` (HTTP ${status})` : ''}`);
    this.name = 'ApiError';
  }
}

/** The API answered with a GraphQL error: it refused the request. */
export class GraphQLRequestError extends Error {
  /** The contract's `extensions.code`. */
  readonly code: string | undefined;
  /** The input field at fault (`extensions.field`), e.g. `client.email`. */
  readonly field: string | undefined;

  constructor({ message, extensions }: GraphQLError) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = extensions?.code;
    this.field = extensions?.field;
  }
}

/** The caller's signal and the timeout, as one; tells which of them fired. */
function deadline(signal: AbortSignal | undefined, timeoutMs: number) {
  const timeout = AbortSignal.timeout(timeoutMs);
  return { signal: signal ? AbortSignal.any([signal, timeout]) : timeout, timedOut: () => timeout.aborted };
}

/** POSTs one GraphQL operation and returns its data, or throws an {@link ApiError} or {@link GraphQLRequestError}. */
export async function graphqlRequest<T>(
  { url, partnerKey, signal, timeoutMs = REQUEST_TIMEOUT_MS }: ApiOptions,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const limit = deadline(signal, timeoutMs);
  let body: GraphQLResponse<T> | null;
  let status: number;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'X-Partner-Key': partnerKey,
      },
      body: JSON.stringify({ query, variables }),
      signal: limit.signal,
      credentials: 'omit',
    });
    status = response.status;
    // GraphQL-over-HTTP servers may send errors with a 4xx status, so read the body first.
    // The cast trusts the server to follow the GraphQL response format; fields are read defensively below.
    body = (await response.json().catch(() => null)) as GraphQLResponse<T> | null;
  } catch (error) {
    // Let callers tell a cancelled request from an unreachable or silent server.
    if (signal?.aborted) throw error;
    throw new ApiError(limit.timedOut() ? 'timeout' : 'unreachable');
  }
  const [firstError] = body?.errors ?? [];
  if (firstError) throw new GraphQLRequestError(firstError);
  if (!body?.data) throw new ApiError('http', status);
  return body.data;
}

const RETRY_DELAY_MS = 1_000;

/** Questions (never changes) are asked once more after a lost answer, before the client is bothered. */
async function ask<T>(options: ApiOptions, query: string, variables?: Record<string, unknown>): Promise<T> {
  try {
    return await graphqlRequest<T>(options, query, variables);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    if (options.signal?.aborted) throw error;
    return graphqlRequest<T>(options, query, variables);
  }
}

// The first step needs only this: one request.
const START_QUERY = /* GraphQL */ `
  query WidgetStart {
    treatments { id slug name description requiresReferral }
    priceTiers { id durationMinutes price { amountMinor currency formatted } }
    bookingPolicy { timeZone freeChangeHours minNoticeMinutes horizonDays }
    techniques { technique label }
  }
`;

export const fetchStart = (options: ApiOptions): Promise<Start> => ask<Start>(options, START_QUERY);

// Prices can change from a given day: the review shows the one of the session's own day.
const PRICES_ON_QUERY = /* GraphQL */ `
  query WidgetPricesOn($on: Date) {
    priceTiers(on: $on) { id durationMinutes price { amountMinor currency formatted } }
  }
`;

export const fetchPricesOn = async (options: ApiOptions, on: string): Promise<PriceTier[]> =>
  (await ask<{ priceTiers: PriceTier[] }>(options, PRICES_ON_QUERY, { on })).priceTiers;

const SERVICE_AREA_QUERY = /* GraphQL */ `
  query WidgetServiceArea($postcode: String!, $treatmentId: ID) {
    serviceArea(postcode: $postcode, treatmentId: $treatmentId) { postcode served }
  }
`;

export const checkServiceArea = async (options: ApiOptions, postcode: string, treatmentId?: string) =>
  (await ask<WidgetServiceAreaQuery>(options, SERVICE_AREA_QUERY, { postcode, treatmentId })).serviceArea;

// Without its holder the API says nothing of a code, so the widget always sends them.
const REFERRAL_QUERY = /* GraphQL */ `
  query WidgetReferral($code: String!, $familyName: String!, $dateOfBirth: Date!) {
    checkReferral(code: $code, familyName: $familyName, dateOfBirth: $dateOfBirth) {
      code valid reason sessionsRemaining expiresOn treatmentIds
    }
  }
`;

export const checkReferral = async (
  options: ApiOptions,
  code: string,
  holder: ReferralHolder,
): Promise<ReferralCheck> =>
  (await ask<WidgetReferralQuery>(options, REFERRAL_QUERY, { code, ...holder })).checkReferral;

// A month at a time, without `end` (start plus the length) or names: the smallest answer that marks the days.
const AVAILABILITY_QUERY = /* GraphQL */ `
  query WidgetAvailability($input: AvailabilityInput!) {
    availability(input: $input) { date slots { start availableTherapists } }
  }
`;

export const fetchAvailability = async (options: ApiOptions, input: AvailabilityInput): Promise<AvailableDay[]> =>
  (await ask<WidgetAvailabilityQuery>(options, AVAILABILITY_QUERY, { input })).availability;

// Names only when needed: one day, once the client has chosen a time. Each profile comes once,
// for the day; each slot names its therapists by their position in that list.
const THERAPISTS_QUERY = /* GraphQL */ `
  query WidgetTherapists($input: AvailabilityInput!) {
    availability(input: $input) {
      date
      therapists { id displayName bio gender techniques }
      slots { start therapistIndexes }
    }
  }
`;

/** Who can take each start time of one day, keyed by the slot's instant (ms). */
export async function fetchTherapists(
  options: ApiOptions,
  input: AvailabilityInput,
): Promise<Map<number, TherapistProfile[]>> {
  const { availability } = await ask<WidgetTherapistsQuery>(options, THERAPISTS_QUERY, { input });
  return new Map(
    availability.flatMap((day) =>
      day.slots.map((slot) => [Date.parse(slot.start), slot.therapistIndexes.flatMap((i) => day.therapists[i] ?? [])]),
    ),
  );
}

const BOOKING_FIELDS = /* GraphQL */ `
  fragment WidgetBookingFields on Booking {
    reference status start end durationMinutes freeChangeUntil referralSessionsRemaining
    price { amountMinor currency formatted }
    treatment { id name requiresReferral }
    therapist { id displayName }
  }
`;

const CREATE_BOOKING_MUTATION = /* GraphQL */ `
  mutation WidgetCreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) { manageToken booking { ...WidgetBookingFields } }
  }
  ${BOOKING_FIELDS}
`;

export const createBooking = async (options: ApiOptions, input: CreateBookingInput): Promise<CreatedBooking> =>
  (await graphqlRequest<WidgetCreateBookingMutation>(options, CREATE_BOOKING_MUTATION, { input })).createBooking;

/** A booking and the token that manages it, as a manage link carries them. */
export interface ManageKey {
  reference: string;
  manageToken: string;
}

const MANAGED_BOOKING_QUERY = /* GraphQL */ `
  query WidgetManagedBooking($reference: String!, $manageToken: String!) {
    booking(reference: $reference, manageToken: $manageToken) { ...WidgetBookingFields }
  }
  ${BOOKING_FIELDS}
`;

/** null: no booking with this reference and token (the API does not say which is wrong). */
export const fetchManagedBooking = async (options: ApiOptions, key: ManageKey): Promise<Booking | null> =>
  (await ask<WidgetManagedBookingQuery>(options, MANAGED_BOOKING_QUERY, { ...key })).booking;

const RESCHEDULE_MUTATION = /* GraphQL */ `
  mutation WidgetRescheduleBooking($reference: String!, $manageToken: String!, $start: DateTime!) {
    rescheduleBooking(reference: $reference, manageToken: $manageToken, start: $start) { ...WidgetBookingFields }
  }
  ${BOOKING_FIELDS}
`;

export const rescheduleBooking = async (options: ApiOptions, key: ManageKey, start: string): Promise<Booking> =>
  (await graphqlRequest<WidgetRescheduleBookingMutation>(options, RESCHEDULE_MUTATION, { ...key, start }))
    .rescheduleBooking;

const CANCEL_MUTATION = /* GraphQL */ `
  mutation WidgetCancelBooking($reference: String!, $manageToken: String!, $reason: String) {
    cancelBooking(reference: $reference, manageToken: $manageToken, reason: $reason) { ...WidgetBookingFields }
  }
  ${BOOKING_FIELDS}
`;

export const cancelBooking = async (options: ApiOptions, key: ManageKey, reason: string): Promise<Booking> =>
  (await graphqlRequest<WidgetCancelBookingMutation>(options, CANCEL_MUTATION, { ...key, reason: reason || null }))
    .cancelBooking;

const NEXT_SESSION_MUTATION = /* GraphQL */ `
  mutation WidgetBookNextSession($reference: String!, $manageToken: String!, $start: DateTime!, $idempotencyKey: String!) {
    bookNextSession(reference: $reference, manageToken: $manageToken, start: $start, idempotencyKey: $idempotencyKey) {
      manageToken
      booking { ...WidgetBookingFields }
    }
  }
  ${BOOKING_FIELDS}
`;

export const bookNextSession = async (
  options: ApiOptions,
  key: ManageKey,
  start: string,
  idempotencyKey: string,
): Promise<CreatedBooking> =>
  (
    await graphqlRequest<WidgetBookNextSessionMutation>(options, NEXT_SESSION_MUTATION, {
      ...key,
      start,
      idempotencyKey,
    })
  ).bookNextSession;
