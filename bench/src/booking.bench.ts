import { addDays, instantToLocalDate, localDateTimeToInstant, MINUTE_MS } from '@mm/domain/zoned-time';
import { post } from './graphql-client.js';
import { type Endpoint, type LoadResult, load } from './load.js';
import { type Figure, quantile } from './stats.js';

const ZONE = 'Australia/Sydney';

const CREATE = `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { manageToken booking { id reference } } }`;

/** The seeded treatment every bench booking is for. */
export async function deepTissueId(api: Pick<Endpoint, 'graphqlUrl'>): Promise<string> {
  const reply = await post(api.graphqlUrl, '{ treatments { id slug } }', {});
  const treatments = (reply.data?.treatments ?? []) as { id: string; slug: string }[];
  const found = treatments.find((t) => t.slug === 'deep-tissue');
  if (!found) throw new Error('no deep-tissue treatment');
  return found.id;
}

/**
 * Free (therapist, start) pairs for new bookings, each handed out once: nine
 * 60-minute sessions a day per therapist from 08:00, 75 minutes apart (the
 * 15-minute buffer between), day after day from `fromDay` days ahead, beyond
 * the seeded bookings and the days availability is asked about. One supply per
 * database, so that no two runs ask for the same time.
 */
export class SlotSupply {
  #day: number;
  #pending: { start: number; therapistId: string }[] = [];
  #taken = 0;
  readonly #today = instantToLocalDate(Date.now(), ZONE);

  constructor(
    private readonly therapistIds: readonly string[],
    fromDay: number,
    /** The last day bookable (HORIZON_DAYS). */
    private readonly lastDay = 59,
  ) {
    this.#day = fromDay;
  }

  next(): { start: number; therapistId: string; n: number } {
    if (this.#pending.length === 0) {
      if (this.#day > this.lastDay) throw new Error('the bench ran out of free days to book');
      const eight = localDateTimeToInstant(addDays(this.#today, this.#day++), '08:00', ZONE) ?? 0;
      for (let k = 8; k >= 0; k--) {
        for (const therapistId of this.therapistIds)
          this.#pending.push({ start: eight + k * 75 * MINUTE_MS, therapistId });
      }
    }
    const slot = this.#pending.pop();
    if (!slot) throw new Error('no therapists to book');
    return { ...slot, n: this.#taken++ };
  }
}

/** createBooking's JSON bodies: each for the next free slot, with its own idempotency key. */
function bookingBodies(treatmentId: string, slots: SlotSupply): () => string {
  return () => {
    const { start, therapistId, n } = slots.next();
    const input = {
      idempotencyKey: `bench-${n}`,
      treatmentId,
      durationMinutes: 60,
      start: new Date(start).toISOString(),
      therapistId,
      client: { name: `Load ${n}`, email: `load${n % 500}@example.com`, phone: '0412345678' },
      address: { line1: '1 Load St', suburb: 'Sydney', postcode: '2000', country: 'AU' },
    };
    return JSON.stringify({ query: CREATE, variables: { input } });
  };
}

/**
 * createBooking from `clients` concurrent connections for `seconds` (autocannon,
 * as the throughput bench), each request for its own free slot; with several
 * endpoints (instances of the API on one database) the connections take turns.
 */
export async function loadCreateBooking(
  api: Endpoint | readonly Endpoint[],
  slots: SlotSupply,
  options: { clients: number; seconds: number },
): Promise<LoadResult> {
  const first = Array.isArray(api) ? api[0] : (api as Endpoint);
  if (!first) throw new Error('no API to book with');
  const bodies = bookingBodies(await deepTissueId(first), slots);
  return load(api, bodies, { connections: options.clients, seconds: options.seconds });
}

/** The figures of a createBooking run: bookings/s, p95 and median latency, failures. */
export function bookingFigures(label: string, run: LoadResult, targets: boolean): Figure[] {
  const { self, children, machine } = run.cpu;
  console.log(
    `  ${label}: createBooking: ${run.latenciesMs.length} answers, ${run.failures} failed; cores busy: load generator ${self.toFixed(2)}` +
      `${children === undefined ? '' : `, API ${children.toFixed(2)}`}${machine ? `, machine ${machine.busy.toFixed(2)} (of ${machine.cpus})` : ''}`,
  );
  if (run.firstFailure) console.log(`  ${label}: first failure: ${run.firstFailure}`);
  return [
    {
      name: `${label}: createBooking, bookings/s`,
      value: run.successesPerSecond,
      unit: 'per s',
      failures: run.failures,
    },
    {
      name: `${label}: createBooking p95`,
      value: quantile(run.latenciesMs, 0.95),
      unit: 'ms',
      ...(targets ? { target: { value: 150, higherIsBetter: false } } : {}),
    },
    { name: `${label}: createBooking median`, value: quantile(run.latenciesMs, 0.5), unit: 'ms' },
  ];
}
