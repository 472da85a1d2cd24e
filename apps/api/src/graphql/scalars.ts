import { instantToIso, inYearsHandled, isValidDate, YEARS_HANDLED } from '@mm/domain/zoned-time';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTime } from 'luxon';

/**
 * RFC 3339 date-time, in its usual profile: upper-case T and Z, seconds
 * required, an offset within ±14:00, a year from 1900 to 2199.
 */
const RFC3339 = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|([+-])(\d{2}):(\d{2}))$/;
const MAX_OFFSET_MINUTES = 14 * 60;

// A literal's node lets the error name the field it was written in.
const invalid = (message: string, node?: ValueNode) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' }, ...(node ? { nodes: node } : {}) });

function parseInstant(value: unknown, node?: ValueNode): Date {
  const match = typeof value === 'string' ? RFC3339.exec(value) : null;
  if (typeof value !== 'string' || !match) {
    throw invalid('DateTime must be an RFC 3339 instant with an offset, e.g. 2026-12-01T09:00:00+11:00', node);
  }
  if (!inYearsHandled(value)) {
    throw invalid(`DateTime must be in the years ${YEARS_HANDLED.first} to ${YEARS_HANDLED.last}`, node);
  }
  const offsetMinutes = match[3] === 'Z' ? 0 : Number(match[5]) * 60 + Number(match[6]);
  if (Number(match[6]) > 59 || offsetMinutes > MAX_OFFSET_MINUTES) {
    throw invalid('DateTime offsets run from -14:00 to +14:00', node);
  }
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw invalid('DateTime must be a real date and time of day', node);
  return parsed.toJSDate();
}

/**
 * ISO-8601 instants with an offset. Output is written in the operator's time
 * zone (2026-12-01T09:00:00+11:00), which is also valid for any other reader.
 */
export function dateTimeScalar(timeZone: string): GraphQLScalarType<Date, string> {
  return new GraphQLScalarType<Date, string>({
    name: 'DateTime',
    description: 'ISO-8601 instant with offset, e.g. 2026-12-01T09:00:00+11:00',
    serialize(value) {
      if (!(value instanceof Date)) throw new TypeError('DateTime fields resolve to Date objects');
      return instantToIso(value.getTime(), timeZone);
    },
    parseValue: (value) => parseInstant(value),
    parseLiteral(ast: ValueNode) {
      if (ast.kind !== Kind.STRING) throw invalid('DateTime must be a string', ast);
      return parseInstant(ast.value, ast);
    },
  });
}

function parseDate(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !isValidDate(value)) throw invalid('Date must be a calendar date, YYYY-MM-DD', node);
  return value;
}

/** A calendar date, YYYY-MM-DD, kept as that string. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'calendar date, YYYY-MM-DD',
  serialize(value) {
    if (typeof value !== 'string') throw new TypeError('Date fields resolve to YYYY-MM-DD strings');
    return value;
  },
  parseValue: (value) => parseDate(value),
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) throw invalid('Date must be a string', ast);
    return parseDate(ast.value, ast);
  },
});
