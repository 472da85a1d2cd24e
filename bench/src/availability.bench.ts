import { addDays, instantToLocalDate, localDateTimeToInstant, MINUTE_MS } from '@mm/domain/zoned-time';
import { post } from './graphql-client.js';
import type { Endpoint } from './load.js';
import { type Figure, quantile, timed } from './stats.js';

/** The API under test: where its GraphQL endpoint answers (these requests carry no headers). */
type ApiProcess = Pick<Endpoint, 'graphqlUrl'>;

const ZONE = 'Australia/Sydney';

const AVAILABILITY = `query ($input: AvailabilityInput!) {
  availability(input: $input) { date slots { start end availableTherapists } }
}`;
const AVAILABILITY_WITH_NAMES = `query ($input: AvailabilityInput!) {
  availability(input: $input) { date slots { start end availableTherapists therapists { id displayName } } }
}`;
// What the widget asks for a month: the day's counts and start times, nothing else.
const MONTH_FOR_THE_WIDGET = `query ($input: AvailabilityInput!) {
  availability(input: $input) { date slots { start availableTherapists } }
}`;
const CREATE = `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { manageToken booking { id reference } } }`;

async function deepTissueId(api: ApiProcess): Promise<string> {
  const reply = await post(api.graphqlUrl, '{ treatments { id slug } }', {});
  const treatments = (reply.data?.treatments ?? []) as { id: string; slug: string }[];
  const found = treatments.find((t) => t.slug === 'deep-tissue');
  if (!found) throw new Error('no deep-tissue treatment');
  return found.id;
}

/** The 14-day, 90-minute, any-therapist availability request, timed over HTTP. */
export async function benchAvailability(
  api: ApiProcess,
  label: string,
  runs: number,
  targets: boolean,
): Promise<Figure[]> {
  const today = instantToLocalDate(Date.now(), ZONE);
  const input = {
    treatmentId: await deepTissueId(api),
    durationMinutes: 90,
    from: addDays(today, 1),
    to: addDays(today, 14),
    timeZone: ZONE,
  };
  const measure = async (query: string, count: number, asked = input) => {
    const samples: number[] = [];
    let slots = 0;
    for (let i = 0; i < count + 5; i++) {
      const { ms, value } = await timed(() => post(api.graphqlUrl, query, { input: asked }));
      if (value.errors) throw new Error(value.errors[0]?.message);
      slots = ((value.data?.availability ?? []) as { slots: unknown[] }[]).reduce((n, d) => n + d.slots.length, 0);
      if (i >= 5) samples.push(ms);
    }
    return { samples, slots };
  };
  const plain = await measure(AVAILABILITY, runs);
  const named = await measure(AVAILABILITY_WITH_NAMES, Math.ceil(runs / 4));
  // The widget's month view: 31 days (the most one request may ask), 60 minutes, in one request.
  const month = await measure(MONTH_FOR_THE_WIDGET, Math.ceil(runs / 2), {
    ...input,
    durationMinutes: 60,
    to: addDays(today, 31),
  });
  const target = (value: number) => (targets ? { value, higherIsBetter: false } : undefined);
  return [
    {
      name: `${label}: availability over HTTP, median`,
      value: quantile(plain.samples, 0.5),
      unit: 'ms',
      ...(targets ? { target: target(120) } : {}),
    },
    {
      name: `${label}: availability over HTTP, p95`,
      value: quantile(plain.samples, 0.95),
      unit: 'ms',
      ...(targets ? { target: target(250) } : {}),
    },
    { name: `${label}: slots in the answer`, value: plain.slots, unit: 'slots' },
    { name: `${label}: same, with therapist names, median`, value: quantile(named.samples, 0.5), unit: 'ms' },
    {
      name: `${label}: a month as the widget asks (31 days, one request), median`,
      value: quantile(month.samples, 0.5),
      unit: 'ms',
      ...(targets ? { target: target(150) } : {}),
    },
    { name: `${label}: slots in the month`, value: month.slots, unit: 'slots' },
  ];
}

/**
 * createBooking from `clients` concurrent clients, each request for its own
 * free (therapist, start) pair `fromDay` days ahead, beyond the seeded bookings.
 */
export async function benchCreateBooking(
  api: ApiProcess,
  therapistIds: readonly string[],
  options: { label: string; clients: number; requests: number; fromDay: number; targets: boolean },
): Promise<Figure[]> {
  const treatmentId = await deepTissueId(api);
  const today = instantToLocalDate(Date.now(), ZONE);
  // 60-minute sessions with the 15-minute buffer: nine a day from 08:00, 75 minutes apart
  const starts: { start: number; therapistId: string }[] = [];
  for (let day = options.fromDay; starts.length < options.requests; day++) {
    const eight = localDateTimeToInstant(addDays(today, day), '08:00', ZONE) ?? 0;
    for (const therapistId of therapistIds) {
      for (let k = 0; k < 9; k++) starts.push({ start: eight + k * 75 * MINUTE_MS, therapistId });
    }
  }
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  let next = 0;
  const { ms: wall } = await timed(() =>
    Promise.all(
      Array.from({ length: options.clients }, async () => {
        while (next < options.requests) {
          const i = next++;
          const target = starts[i];
          if (!target) break;
          const input = {
            idempotencyKey: `${options.label}-load-${i}`,
            treatmentId,
            durationMinutes: 60,
            start: new Date(target.start).toISOString(),
            therapistId: target.therapistId,
            client: { name: `Load ${i}`, email: `load${i % 500}@example.com`, phone: '0412345678' },
            address: { line1: '1 Load St', suburb: 'Sydney', postcode: '2000', country: 'AU' },
          };
          const { ms, value } = await timed(() => post(api.graphqlUrl, CREATE, { input }));
          latencies.push(ms);
          const code = value.errors?.[0]?.extensions?.code;
          if (code) failures.set(code, (failures.get(code) ?? 0) + 1);
        }
      }),
    ),
  );
  const booked = options.requests - [...failures.values()].reduce((a, b) => a + b, 0);
  if (failures.size > 0)
    console.log(`  ${options.label}: createBooking failures: ${JSON.stringify(Object.fromEntries(failures))}`);
  return [
    {
      name: `${options.label}: createBooking, ${options.clients} clients, bookings/s`,
      value: (booked / wall) * 1000,
      unit: 'per s',
      ...(options.targets ? { target: { value: 150, higherIsBetter: true } } : {}),
    },
    {
      name: `${options.label}: createBooking p95`,
      value: quantile(latencies, 0.95),
      unit: 'ms',
      ...(options.targets ? { target: { value: 150, higherIsBetter: false } } : {}),
    },
    { name: `${options.label}: createBooking median`, value: quantile(latencies, 0.5), unit: 'ms' },
    { name: `${options.label}: bookings made / requests`, value: booked, unit: `of ${options.requests}` },
  ];
}
