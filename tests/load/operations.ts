import { randomUUID } from 'node:crypto';
import { type Answer, call, RETRYABLE } from './client.js';

/** The operations of the mix, as the report names them. */
export const OPERATIONS = [
  'availability',
  'availability+names',
  'createBooking',
  'cancelBooking',
  'rescheduleBooking',
  'staffBookings',
  'referral.health',
] as const;
export type Operation = (typeof OPERATIONS)[number];

const PARTNER = { 'X-Partner-Key': 'pk_demo_harbourside', Origin: 'http://127.0.0.1:5174' };
const ZONE = 'Australia/Sydney';

const AVAILABILITY = `query ($input: AvailabilityInput!) {
  availability(input: $input) { date slots { start availableTherapists } } }`;
const AVAILABILITY_NAMED = `query ($input: AvailabilityInput!) {
  availability(input: $input) { date slots { start therapists { id displayName } } } }`;
const CREATE = `mutation ($input: CreateBookingInput!) {
  createBooking(input: $input) { manageToken booking { reference status start } } }`;
const CANCEL = `mutation ($reference: String!, $manageToken: String!) {
  cancelBooking(reference: $reference, manageToken: $manageToken, reason: "plans changed") { reference status } }`;
const RESCHEDULE = `mutation ($reference: String!, $manageToken: String!, $start: DateTime!) {
  rescheduleBooking(reference: $reference, manageToken: $manageToken, start: $start) { reference status start } }`;
const STAFF_BOOKINGS = `query { staffBookings(first: 20) { edges { node { id reference status } } } }`;
const HEALTH = `query ($id: ID!) { referral(id: $id) { id health { diagnosis conditions } } }`;

/** What one client's operation came to, after its retries. */
export type Outcome = 'ok' | 'refused' | 'unknown';

/** Every HTTP answer of the run, by operation. */
export type Recorder = (operation: Operation, answer: Answer) => void;

/** A booking the API said it made, with what a client keeps of it. */
export interface Acknowledged {
  readonly reference: string;
  readonly manageToken: string;
  readonly idempotencyKey: string;
  readonly start: string;
  cancelled: boolean;
  busy: boolean;
}

export interface LoadState {
  readonly instances: () => readonly string[];
  readonly treatments: readonly string[];
  readonly referrals: readonly string[];
  readonly staff: { readonly coordinator: string; readonly admin: string };
  readonly record: Recorder;
  /** Free starts seen lately, per treatment. */
  readonly slots: Map<string, string[]>;
  readonly acknowledged: Acknowledged[];
  /** Idempotency keys of bookings the API refused with a definite code. */
  readonly refusedKeys: string[];
  /** Keys whose outcome stayed unknown after every retry. */
  readonly unknownKeys: string[];
  readonly cancelled: string[];
  /** References whose cancellation the API refused with a definite code. */
  readonly cancelsRefused: string[];
  healthReads: number;
  /** Reads with no answer (an instance killed, the database away): each may have been served and audited. */
  healthReadsUnanswered: number;
  sequence: number;
}

let turn = 0;
/** The next instance, round robin, as a load balancer without health checks would send. */
const nextInstance = (state: LoadState) => {
  const urls = state.instances();
  turn = (turn + 1) % urls.length;
  return urls[turn] ?? '';
};

const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)];

function dateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: ZONE });
}

/**
 * Sends until the answer is definite: a retryable one is sent again (the same
 * request, so the same idempotency key) to the next instance, with backoff.
 */
async function untilDefinite(
  state: LoadState,
  operation: Operation,
  send: (url: string) => Promise<Answer>,
): Promise<{ outcome: Outcome; answer: Answer }> {
  let answer = await send(nextInstance(state));
  state.record(operation, answer);
  for (let attempt = 0; RETRYABLE.has(answer.code) && attempt < 8; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(4000, 250 * 2 ** attempt)));
    answer = await send(nextInstance(state));
    state.record(operation, answer);
  }
  const outcome: Outcome = answer.code === 'OK' ? 'ok' : RETRYABLE.has(answer.code) ? 'unknown' : 'refused';
  return { outcome, answer };
}

export async function availability(state: LoadState, named: boolean): Promise<void> {
  const treatmentId = pick(state.treatments) ?? '';
  const first = 1 + Math.floor(Math.random() * 20);
  const input = { treatmentId, from: dateIn(first), to: dateIn(first + 6), durationMinutes: 60, timeZone: ZONE };
  const answer = await call(nextInstance(state), named ? AVAILABILITY_NAMED : AVAILABILITY, { input }, PARTNER);
  state.record(named ? 'availability+names' : 'availability', answer);
  const days = answer.data?.availability as { slots: { start: string }[] }[] | undefined;
  const starts = (days ?? []).flatMap((d) => d.slots.map((s) => s.start));
  if (starts.length > 0) state.slots.set(treatmentId, starts);
}

export async function createBooking(state: LoadState): Promise<void> {
  const treatmentId = pick([...state.slots.keys()]);
  const start = treatmentId ? pick(state.slots.get(treatmentId) ?? []) : undefined;
  if (!treatmentId || !start) return availability(state, false);
  const n = ++state.sequence;
  const idempotencyKey = randomUUID();
  const input = {
    idempotencyKey,
    treatmentId,
    start,
    durationMinutes: 60,
    client: { name: `Loadtest Person${n}`, email: `loadtest.person${n}@load.example`, phone: '0412 345 678' },
    address: { line1: `${n} Harbour St`, suburb: 'Sydney', state: 'NSW', postcode: '2000', country: 'AU' },
  };
  const { outcome, answer } = await untilDefinite(state, 'createBooking', (url) =>
    call(url, CREATE, { input }, PARTNER),
  );
  if (outcome === 'ok') {
    const payload = answer.data?.createBooking as { manageToken: string; booking: { reference: string } };
    state.acknowledged.push({
      reference: payload.booking.reference,
      manageToken: payload.manageToken,
      idempotencyKey,
      start,
      cancelled: false,
      busy: false,
    });
  } else if (outcome === 'refused') {
    state.refusedKeys.push(idempotencyKey);
  } else {
    state.unknownKeys.push(idempotencyKey);
  }
}

export async function changeBooking(state: LoadState): Promise<void> {
  const booking = pick(state.acknowledged.filter((b) => !b.cancelled && !b.busy));
  if (!booking) return availability(state, false);
  booking.busy = true;
  const variables = { reference: booking.reference, manageToken: booking.manageToken };
  try {
    if (Math.random() < 0.5) {
      const { outcome } = await untilDefinite(state, 'cancelBooking', (url) => call(url, CANCEL, variables, PARTNER));
      if (outcome === 'ok') {
        booking.cancelled = true;
        state.cancelled.push(booking.reference);
      } else if (outcome === 'refused') {
        state.cancelsRefused.push(booking.reference);
      }
    } else {
      // a week later, the same time of day: free or not, the answer must be right
      const start = new Date(Date.parse(booking.start) + 7 * 86_400_000).toISOString();
      await untilDefinite(state, 'rescheduleBooking', (url) => call(url, RESCHEDULE, { ...variables, start }, PARTNER));
    }
  } finally {
    booking.busy = false;
  }
}

export async function staffRead(state: LoadState): Promise<void> {
  if (Math.random() < 0.5) {
    const answer = await call(nextInstance(state), STAFF_BOOKINGS, {}, { cookie: state.staff.coordinator });
    state.record('staffBookings', answer);
    return;
  }
  const id = pick(state.referrals) ?? '';
  const answer = await call(nextInstance(state), HEALTH, { id }, { cookie: state.staff.admin });
  state.record('referral.health', answer);
  const referral = answer.data?.referral as { health: unknown } | undefined;
  if (answer.code === 'OK' && referral?.health) state.healthReads++;
  else if (RETRYABLE.has(answer.code)) state.healthReadsUnanswered++;
}

/** One client arriving: 75% availability (a third with names), 15% booking, 5% cancel or move, 5% staff. */
export function arrive(state: LoadState): Promise<void> {
  const roll = Math.random();
  if (roll < 0.5) return availability(state, false);
  if (roll < 0.75) return availability(state, true);
  if (roll < 0.9) return createBooking(state);
  if (roll < 0.95) return changeBooking(state);
  return staffRead(state);
}
