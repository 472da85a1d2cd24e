import { parseClientName } from './booking-rules.js';
import { type DomainError, domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

// The WHATWG URL parser of every runtime this package runs in (Node and browsers); declared
// here because the package is compiled without DOM or Node type libraries.
declare const URL: new (
  input: string,
) => {
  protocol: string;
  pathname: string;
  search: string;
  hash: string;
  username: string;
  password: string;
  origin: string;
};

/** An origin exactly as a browser sends it in `Origin`: scheme, host and port, nothing else. */
export function isOrigin(value: string): boolean {
  return normaliseOrigin(value) === value;
}

/**
 * The origin a person meant ("https://Physio.example/" is "https://physio.example"),
 * or undefined when the text names a path, a query or credentials, or is no http(s) URL.
 */
export function normaliseOrigin(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    const plain = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    return ['http:', 'https:'].includes(url.protocol) && plain ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export const MAX_PARTNER_ORIGINS = 20;

/** A partner's name and web origins, checked and tidied: the same rules in the console and the API. */
export function parsePartnerProfile(input: {
  readonly name: string;
  readonly origins: readonly string[];
}): Result<{ name: string; origins: string[] }, DomainError> {
  const name = parseClientName(input.name, 'name');
  if (!name.ok) return name;
  if (input.origins.length > MAX_PARTNER_ORIGINS) {
    return err(domainError('BAD_USER_INPUT', `A partner has at most ${MAX_PARTNER_ORIGINS} origins`, 'origins'));
  }
  const origins: string[] = [];
  for (const [i, raw] of input.origins.entries()) {
    const origin = normaliseOrigin(raw);
    if (!origin) {
      return err(
        domainError(
          'BAD_USER_INPUT',
          'An origin is a scheme, host and port, e.g. https://physio.example',
          `origins.${i}`,
        ),
      );
    }
    if (!origins.includes(origin)) origins.push(origin);
  }
  return ok({ name: name.value, origins });
}
