import { useQuery } from '@apollo/client/react';
import { instantToLocalDate } from '@mm/domain/zoned-time';
import { graphql } from '../gql';

export const OperatorQuery = graphql(`
  query OperatorQuery {
    bookingPolicy {
      timeZone
      locale
      currency
    }
  }
`);

/** Where the operator works: every time in the console is shown in its zone, and times and money written its way. */
export type Operator = { readonly timeZone: string; readonly locale: string; readonly currency: string };

export function useOperator() {
  const { data, error } = useQuery(OperatorQuery);
  return { operator: data?.bookingPolicy, error };
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(operator: Operator, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${operator.locale}|${operator.timeZone}|${JSON.stringify(options)}`;
  let made = formats.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(operator.locale, { timeZone: operator.timeZone, ...options });
    formats.set(key, made);
  }
  return made;
}

/** "Mon 30 Nov 2026, 9:30 am AEDT": the zone is always named. */
export const formatDateTime = (iso: string, operator: Operator): string =>
  format(operator, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));

/** "9:30 am", for a range or a grid whose zone is named nearby. */
export const formatTime = (iso: string, operator: Operator): string =>
  format(operator, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));

const DATE_STYLES: Record<'long' | 'short' | 'day', Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  short: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  day: { weekday: 'short', day: 'numeric', month: 'short' },
};

/**
 * A calendar date (YYYY-MM-DD) of the operator's zone: "Monday 30 November 2026" (long),
 * "Mon, 30 Nov 2026" (short), or "Mon, 30 Nov" (day, where the year is plain from around it).
 */
export const formatDate = (date: string, operator: Operator, style: 'long' | 'short' | 'day' = 'long'): string =>
  // a calendar date names no instant: noon UTC of it, written in UTC, is that date everywhere
  format({ ...operator, timeZone: 'UTC' }, DATE_STYLES[style]).format(new Date(`${date}T12:00:00Z`));

/** "AEDT (Australia/Sydney)": the zone's name at that instant, and its IANA name. */
export const zoneLabel = (operator: Operator, at: Date = new Date()): string => {
  const short = format(operator, { timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return short && short !== operator.timeZone ? `${short} (${operator.timeZone})` : operator.timeZone;
};

/** Minutes since the wall clock's midnight, in the operator's zone. */
export function wallMinutes(iso: string, operator: Operator): number {
  const parts = format(operator, { hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return value('hour') * 60 + value('minute');
}

/** The operator's calendar date of an instant. */
export const operatorDate = (iso: string | number, operator: Operator): string =>
  instantToLocalDate(typeof iso === 'number' ? iso : Date.parse(iso), operator.timeZone);
