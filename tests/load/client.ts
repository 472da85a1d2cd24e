/** One HTTP answer as the load run records it. */
export interface Answer {
  /** `OK`, the first error's code, `HTTP_<status>` without one, or NETWORK / TIMEOUT. */
  readonly code: string;
  readonly ms: number;
  readonly status: number;
  readonly data: Record<string, unknown> | undefined;
  readonly headers: Headers | undefined;
}

/** Codes a client may retry (the same request, with the same idempotency key). */
export const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'RATE_LIMITED', 'NETWORK', 'TIMEOUT', 'HTTP_502', 'HTTP_503']);

const TIMEOUT_MS = 15_000;

export async function call(
  graphqlUrl: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<Answer> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  try {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    let body: { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] } | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const errorCode = body?.errors?.[0]?.extensions?.code;
    const code = errorCode ?? (response.ok && body?.data ? 'OK' : `HTTP_${response.status}`);
    return { code, ms: ms(), status: response.status, data: body?.data ?? undefined, headers: response.headers };
  } catch (error) {
    const code = error instanceof Error && error.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK';
    return { code, ms: ms(), status: 0, data: undefined, headers: undefined };
  }
}
