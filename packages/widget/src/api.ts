/** Types of the public GraphQL contract that the widget reads. */
export interface Money {
  amountMinor: number;
  currency: string;
  formatted: string;
}

export interface Treatment {
  id: string;
  slug: string;
  name: string;
  description: string;
  requiresReferral: boolean;
}

export interface PriceTier {
  id: string;
  durationMinutes: number;
  price: Money;
}

export interface Catalogue {
  treatments: Treatment[];
  priceTiers: PriceTier[];
}

export interface ReferralCheck {
  code: string;
  valid: boolean;
  reason: string | null;
  sessionsRemaining: number;
  /** YYYY-MM-DD */
  expiresOn: string | null;
  treatmentIds: string[];
}

export interface AvailabilityInput {
  treatmentId: string;
  durationMinutes: number;
  /** First day, YYYY-MM-DD in `timeZone`. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  timeZone: string;
  postcode?: string;
  referralCode?: string;
}

export interface Slot {
  /** ISO-8601 instant with offset; sent back unchanged as the booking's `start`. */
  start: string;
  end: string;
  availableTherapists: number;
}

export interface AvailableDay {
  date: string;
  slots: Slot[];
}

export interface TherapistName {
  id: string;
  displayName: string;
}

export interface CreateBookingInput {
  idempotencyKey: string;
  treatmentId: string;
  durationMinutes: number;
  start: string;
  therapistId?: string;
  referralCode?: string;
  client: { name: string; email: string; phone: string };
  address: { line1: string; line2?: string; suburb: string; state?: string; postcode: string; country: string };
  intakeNotes?: string;
}

export interface Booking {
  reference: string;
  start: string;
  end: string;
  durationMinutes: number;
  price: Money;
  treatment: { id: string; name: string };
  therapist: { displayName: string };
}

export interface CreatedBooking {
  booking: Booking;
  manageToken: string;
}

export interface ApiOptions {
  /** The GraphQL endpoint. */
  url: string;
  /** Publishable key identifying the partner site. */
  partnerKey: string;
  signal?: AbortSignal;
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

/**
 * A failed request; `message` is fit to show to a client on the partner's page.
 * Thrown as is when the API could not be reached or did not answer in GraphQL:
 * the outcome is unknown, so the same request may be retried.
 */
export class ApiError extends Error {
  /** The contract's `extensions.code`, when the API sent one. */
  readonly code: string | undefined;

  constructor(message: string, code?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** The API answered with a GraphQL error: it refused the request. */
export class GraphQLRequestError extends ApiError {
  /** The input field at fault (`extensions.field`), e.g. `client.email`. */
  readonly field: string | undefined;

  constructor(message: string, code: string | undefined, field: string | undefined) {
    super(message, code);
    this.name = 'GraphQLRequestError';
    this.field = field;
  }
}

// Server messages for these codes talk to integrators, not to the client booking a massage.
const CLIENT_MESSAGES: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: 'Online booking is not set up correctly on this site (unknown partner key).',
  FORBIDDEN: 'Online booking is not enabled for this site.',
  RATE_LIMITED: 'The booking service is busy. Please wait a moment and try again.',
  INTERNAL_SERVER_ERROR: 'The booking service had a problem. Please try again.',
};

const readableError = ({ message, extensions }: GraphQLError): GraphQLRequestError => {
  const code = extensions?.code;
  return new GraphQLRequestError((code && CLIENT_MESSAGES[code]) || message, code, extensions?.field);
};

/** POSTs one GraphQL operation and returns its data, or throws an {@link ApiError}. */
export async function graphqlRequest<T>(
  { url, partnerKey, signal }: ApiOptions,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'X-Partner-Key': partnerKey,
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    // Let callers tell a cancelled request from an unreachable server.
    if (signal?.aborted) throw error;
    throw new ApiError('The booking service could not be reached. Check your connection and try again.');
  }

  // GraphQL-over-HTTP servers may send errors with a 4xx status, so read the body first.
  // The cast trusts the server to follow the GraphQL response format; fields are read defensively below.
  const body = (await response.json().catch(() => null)) as GraphQLResponse<T> | null;
  const [firstError] = body?.errors ?? [];
  if (firstError) throw readableError(firstError);
  if (!response.ok || !body?.data) {
    throw new ApiError(`The booking service answered with an error (HTTP ${response.status}). Please try again.`);
  }
  return body.data;
}

const CATALOGUE_QUERY = /* GraphQL */ `
  query WidgetCatalogue {
    treatments { id slug name description requiresReferral }
    priceTiers { id durationMinutes price { amountMinor currency formatted } }
  }
`;

export const fetchCatalogue = (options: ApiOptions): Promise<Catalogue> =>
  graphqlRequest<Catalogue>(options, CATALOGUE_QUERY);

const REFERRAL_QUERY = /* GraphQL */ `
  query WidgetReferral($code: String!) {
    checkReferral(code: $code) { code valid reason sessionsRemaining expiresOn treatmentIds }
  }
`;

export const checkReferral = async (options: ApiOptions, code: string): Promise<ReferralCheck> =>
  (await graphqlRequest<{ checkReferral: ReferralCheck }>(options, REFERRAL_QUERY, { code })).checkReferral;

const AVAILABILITY_QUERY = /* GraphQL */ `
  query WidgetAvailability($input: AvailabilityInput!) {
    availability(input: $input) { date slots { start end availableTherapists } }
  }
`;

export const fetchAvailability = async (options: ApiOptions, input: AvailabilityInput): Promise<AvailableDay[]> =>
  (await graphqlRequest<{ availability: AvailableDay[] }>(options, AVAILABILITY_QUERY, { input })).availability;

// The contract asks for therapist names only when needed: one day, once the client has chosen a time.
const THERAPISTS_QUERY = /* GraphQL */ `
  query WidgetTherapists($input: AvailabilityInput!) {
    availability(input: $input) { date slots { start therapists { id displayName } } }
  }
`;

/** Who can take each start time of one day, keyed by the slot's instant (ms). */
export async function fetchTherapists(
  options: ApiOptions,
  input: AvailabilityInput,
): Promise<Map<number, TherapistName[]>> {
  type Day = { slots: { start: string; therapists: TherapistName[] }[] };
  const { availability } = await graphqlRequest<{ availability: Day[] }>(options, THERAPISTS_QUERY, { input });
  return new Map(availability.flatMap((day) => day.slots.map((slot) => [Date.parse(slot.start), slot.therapists])));
}

const CREATE_BOOKING_MUTATION = /* GraphQL */ `
  mutation WidgetCreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) {
      manageToken
      booking {
        reference start end durationMinutes
        price { amountMinor currency formatted }
        treatment { id name }
        therapist { displayName }
      }
    }
  }
`;

export const createBooking = async (options: ApiOptions, input: CreateBookingInput): Promise<CreatedBooking> =>
  (await graphqlRequest<{ createBooking: CreatedBooking }>(options, CREATE_BOOKING_MUTATION, { input })).createBooking;
