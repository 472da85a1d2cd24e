import { addDays, instantToLocalDate } from '@mm/domain/zoned-time';
import { deepTissueId } from './booking.bench.js';
import { timedPost } from './graphql-client.js';
import type { Endpoint } from './load.js';
import { type Figure, quantile } from './stats.js';

/** The API under test: where its GraphQL endpoint answers (these requests carry no headers). */
type ApiProcess = Pick<Endpoint, 'graphqlUrl'>;

const ZONE = 'Australia/Sydney';

const AVAILABILITY = `query ($input: AvailabilityInput!) {
  availability(input: $input) { date slots { start end availableTherapists } }
}`;
// Names as the contract first had them: each slot with its therapists' profiles.
const AVAILABILITY_WITH_NAMES = `query ($input: AvailabilityInput!) {
  availability(input: $input) { date slots { start end availableTherapists therapists { id displayName } } }
}`;
// Names as a lookup (what the widget asks): each profile once a day, each slot's therapists by position in that list.
const AVAILABILITY_NAMES_BY_POSITION = `query ($input: AvailabilityInput!) {
  availability(input: $input) { date therapists { id displayName } slots { start end availableTherapists therapistIndexes } }
}`;
// What the widget asks for a month: the day's counts and start times, nothing else.
const MONTH_FOR_THE_WIDGET = `query ($input: AvailabilityInput!) {
  availability(input: $input) { date slots { start availableTherapists } }
}`;

/** Answers timed per query, after five untimed ones each; and how many slots the last answer held. */
class Timings {
  readonly samples = new Map<string, number[]>();
  readonly slots = new Map<string, number>();
  readonly #asked = new Map<string, number>();

  constructor(private readonly api: ApiProcess) {}

  async time(query: string, input: Record<string, unknown>): Promise<void> {
    const { ms, reply } = await timedPost(this.api.graphqlUrl, query, { input });
    if (reply.errors) throw new Error(reply.errors[0]?.message);
    const days = (reply.data?.availability ?? []) as { slots: unknown[] }[];
    this.slots.set(
      query,
      days.reduce((n, d) => n + d.slots.length, 0),
    );
    const asked = (this.#asked.get(query) ?? 0) + 1;
    this.#asked.set(query, asked);
    if (asked > 5) this.samples.set(query, [...(this.samples.get(query) ?? []), ms]);
  }

  quantile(query: string, q: number): number {
    return quantile(this.samples.get(query) ?? [], q);
  }
}

/** The 14-day, 90-minute, any-therapist request of the bench's headline figures. */
async function fortnight(api: ApiProcess): Promise<Record<string, unknown>> {
  const today = instantToLocalDate(Date.now(), ZONE);
  return {
    treatmentId: await deepTissueId(api),
    durationMinutes: 90,
    from: addDays(today, 1),
    to: addDays(today, 14),
    timeZone: ZONE,
  };
}

/** Median and p95 of the 14-day, any-therapist request over HTTP, `runs` times (for the growth curves). */
export async function availabilityLatency(api: ApiProcess, runs: number): Promise<{ median: number; p95: number }> {
  const input = await fortnight(api);
  const timings = new Timings(api);
  for (let i = 0; i < runs + 5; i++) await timings.time(AVAILABILITY, input);
  return { median: timings.quantile(AVAILABILITY, 0.5), p95: timings.quantile(AVAILABILITY, 0.95) };
}

/**
 * The 14-day, 90-minute, any-therapist availability request timed over HTTP
 * (to the answer's last byte), `runs` times; in turns with it, every third
 * time, the same with each slot's therapists' names, and with the names once a
 * day and positions in each slot, so that all meet the machine in the same state;
 * then a month as the widget asks for it.
 */
export async function benchAvailability(
  api: ApiProcess,
  label: string,
  runs: number,
  targets: boolean,
): Promise<Figure[]> {
  const input = await fortnight(api);
  const timings = new Timings(api);
  for (let i = 0; i < runs + 5; i++) {
    await timings.time(AVAILABILITY, input);
    if (i % 3 === 0) await timings.time(AVAILABILITY_WITH_NAMES, input);
    if (i % 3 === 1) await timings.time(AVAILABILITY_NAMES_BY_POSITION, input);
  }
  // The widget's month view: 31 days (the most one request may ask), 60 minutes, in one request.
  const month = { ...input, durationMinutes: 60, to: addDays(String(input.from), 30) };
  for (let i = 0; i < Math.ceil(runs / 2) + 5; i++) await timings.time(MONTH_FOR_THE_WIDGET, month);
  const target = (value: number) => (targets ? { target: { value, higherIsBetter: false } } : {});
  const plain = timings.quantile(AVAILABILITY, 0.5);
  const named = timings.quantile(AVAILABILITY_WITH_NAMES, 0.5);
  const byPosition = timings.quantile(AVAILABILITY_NAMES_BY_POSITION, 0.5);
  return [
    { name: `${label}: availability over HTTP, median`, value: plain, unit: 'ms', ...target(120) },
    {
      name: `${label}: availability over HTTP, p95`,
      value: timings.quantile(AVAILABILITY, 0.95),
      unit: 'ms',
      ...target(250),
    },
    { name: `${label}: slots in the answer`, value: timings.slots.get(AVAILABILITY) ?? 0, unit: 'slots' },
    { name: `${label}: same, with therapist names in each slot, median`, value: named, unit: 'ms' },
    { name: `${label}: with names in each slot / without, medians`, value: named / plain, unit: 'x', ...target(1.5) },
    { name: `${label}: same, with names once a day and positions in each slot, median`, value: byPosition, unit: 'ms' },
    {
      name: `${label}: with names once a day / without, medians`,
      value: byPosition / plain,
      unit: 'x',
      ...target(1.5),
    },
    {
      name: `${label}: a month as the widget asks (31 days, one request), median`,
      value: timings.quantile(MONTH_FOR_THE_WIDGET, 0.5),
      unit: 'ms',
      ...target(150),
    },
    { name: `${label}: slots in the month`, value: timings.slots.get(MONTH_FOR_THE_WIDGET) ?? 0, unit: 'slots' },
  ];
}
