import { isValidDate } from '@mm/domain/zoned-time';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTime } from 'luxon';

// An instant must say where it is: a trailing Z or an offset.
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !WITH_OFFSET.test(value)) {
    throw invalid('DateTime must be an ISO-8601 instant with an offset, e.g. 2026-12-01T09:00:00+11:00');
  }
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw invalid(`"${value}" is not a valid ISO-8601 instant`);
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
      return DateTime.fromJSDate(value, { zone: timeZone }).toISO({ suppressMilliseconds: true }) ?? '';
    },
    parseValue: parseInstant,
    parseLiteral(ast: ValueNode) {
      if (ast.kind !== Kind.STRING) throw invalid('DateTime must be a string');
      return parseInstant(ast.value);
    },
  });
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isValidDate(value)) throw invalid('Date must be a calendar date, YYYY-MM-DD');
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
  parseValue: parseDate,
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) throw invalid('Date must be a string');
    return parseDate(ast.value);
  },
});
