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

export interface ApiOptions {
  /** The GraphQL endpoint. */
  url: string;
  /** Publishable key identifying the partner site. */
  partnerKey: string;
  signal?: AbortSignal;
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

/** A failed request; `message` is fit to show to a client on the partner's page. */
export class ApiError extends Error {
  /** The contract's `extensions.code`, when the API sent one. */
  readonly code: string | undefined;

  constructor(message: string, code?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

// Server messages for these codes talk to integrators, not to the client booking a massage.
const CLIENT_MESSAGES: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: 'Online booking is not set up correctly on this site (unknown partner key).',
  FORBIDDEN: 'Online booking is not enabled for this site.',
  RATE_LIMITED: 'The booking service is busy. Please wait a moment and try again.',
  INTERNAL_SERVER_ERROR: 'The booking service had a problem. Please try again.',
};

const readableError = (error: GraphQLError): ApiError => {
  const code = error.extensions?.code;
  return new ApiError((code && CLIENT_MESSAGES[code]) || error.message, code);
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
