import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { busyRange } from '@mm/domain/availability';
import { bookingReference } from '@mm/domain/booking-rules';
import { STARTER_PRICE_TIERS } from '@mm/domain/vocabulary';
import { addDays, instantToLocalDate, localDateTimeToInstant, MINUTE_MS, zonedDay } from '@mm/domain/zoned-time';
import { insertBooking, type NewBooking } from '../bookings/booking.queries.js';
import { tokenHash } from '../bookings/manage-token.js';
import { TreatmentEntity } from '../catalog/treatment.entity.js';
import type { Config } from '../config.js';
import { PartnerEntity } from '../partners/partner.entity.js';
import { TherapistEntity } from '../therapists/therapist.entity.js';
import { DEMO_THERAPISTS } from './demo-data.js';

const HISTORY_DAYS = 56;

// Made-up people: the demo's past clients.
const PAST_CLIENTS = [
  ['Olivia Brennan', 'olivia.brennan@example.com', '+61411000101'],
  ['Marcus Webb', 'marcus.webb@example.com', '+61411000102'],
  ['Hana Kobayashi', 'hana.kobayashi@example.com', '+61411000103'],
  ['Tom Gallagher', 'tom.gallagher@example.com', '+61411000104'],
  ['Leila Haddad', 'leila.haddad@example.com', '+61411000105'],
  ['Ravi Menon', 'ravi.menon@example.com', '+61411000106'],
  ['Grace Okafor', 'grace.okafor@example.com', '+61411000107'],
  ['Ben Fischer', 'ben.fischer@example.com', '+61411000108'],
] as const;

/** A demo booking at an address in Sydney, with a manage token nobody holds. */
export function demoBooking(b: {
  id: string;
  client: { name: string; email: string; phone: string };
  line1: string;
  postcode: string;
  country: string;
  idempotencyKey: string;
  treatmentId: string;
  therapistId: string;
  partnerId: string | null;
  durationMinutes: number;
  price: { amountMinor: number; currency: string };
  start: number;
  bufferMinutes: number;
}): NewBooking {
  const session = { start: b.start, end: b.start + b.durationMinutes * MINUTE_MS };
  return {
    id: b.id,
    client: b.client,
    address: { line1: b.line1, line2: null, suburb: 'Sydney', state: 'NSW', postcode: b.postcode, country: b.country },
    reference: bookingReference(randomBytes(6)),
    manageTokenHash: tokenHash(randomBytes(32).toString('hex')),
    idempotencyKey: b.idempotencyKey,
    requestHash: 'demo-seed',
    treatmentId: b.treatmentId,
    therapistId: b.therapistId,
    referralId: null,
    partnerId: b.partnerId,
    durationMinutes: b.durationMinutes,
    price: b.price,
    session,
    bufferMinutes: b.bufferMinutes,
    busy: busyRange(session, b.bufferMinutes),
    intakeNotes: null,
    locale: 'en',
  };
}

/** The same "random" history on every seed: a small linear congruential generator. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Eight weeks of past sessions for the dashboard to show: most completed, some cancelled,
 * a few no-shows; a third through the demo partner. Two at most a day per therapist,
 * hours apart, inside their working hours.
 */
export async function seedHistory(em: EntityManager, operator: Config['operator'], now: number): Promise<string[]> {
  const zone = operator.timeZone;
  const today = instantToLocalDate(now, zone);
  const random = sequence(20_261_127);
  const [partner] = await em.find(PartnerEntity, {}, { limit: 1 });
  const treatments = await em.find(TreatmentEntity, { requiresReferral: false });
  const therapists = await em.find(TherapistEntity, {});
  const tiers = STARTER_PRICE_TIERS.filter((t) => t.durationMinutes <= 90);
  const counts = { COMPLETED: 0, CANCELLED: 0, NO_SHOW: 0 };
  await em.transactional(async (tx) => {
    for (let day = -HISTORY_DAYS; day < 0; day++) {
      const date = addDays(today, day);
      for (const demo of DEMO_THERAPISTS) {
        const therapist = therapists.find((t) => t.displayName === demo.displayName);
        const window = demo.schedule.find((w) => w.weekdays.includes(zonedDay(date, zone).weekday));
        const treatment = treatments.find((t) => t.techniques.some((technique) => demo.techniques.includes(technique)));
        const opens = window && localDateTimeToInstant(date, window.start, zone);
        const licensed = date <= addDays(today, demo.licenceValidDays);
        if (!therapist || !treatment || opens === undefined || !licensed) continue;
        for (const hoursIn of [1, 4]) {
          if (random() > 0.55) continue;
          const tier = tiers[Math.floor(random() * tiers.length)] ?? STARTER_PRICE_TIERS[0];
          if (!tier) continue;
          const start = opens + hoursIn * 60 * MINUTE_MS;
          const roll = random();
          const status = roll < 0.8 ? 'COMPLETED' : roll < 0.9 ? 'CANCELLED' : 'NO_SHOW';
          const [name, email, phone] = PAST_CLIENTS[Math.floor(random() * PAST_CLIENTS.length)] ?? PAST_CLIENTS[0];
          const id = randomUUID();
          await insertBooking(
            tx,
            demoBooking({
              id,
              client: { name, email, phone },
              line1: `${Math.floor(random() * 200) + 1} Demo Street`,
              postcode: demo.servicePostcodes[0] ?? '2000',
              country: operator.country,
              idempotencyKey: `demo-history-${id}`,
              treatmentId: treatment.id,
              therapistId: therapist.id,
              partnerId: partner && random() < 0.33 ? partner.id : null,
              durationMinutes: tier.durationMinutes,
              price: { amountMinor: tier.amountMinor, currency: operator.currency },
              start,
              bufferMinutes: demo.travelBufferMinutes,
            }),
          );
          await tx.execute(
            status === 'CANCELLED'
              ? "update booking set status = 'CANCELLED', cancelled_at = starts_at - interval '1 day', cancel_reason = 'Client unwell' where id = ?"
              : 'update booking set status = ? where id = ?',
            status === 'CANCELLED' ? [id] : [status, id],
          );
          counts[status]++;
        }
      }
    }
  });
  return [
    `seeded ${HISTORY_DAYS} days of past bookings: ${counts.COMPLETED} completed, ${counts.CANCELLED} cancelled, ${counts.NO_SHOW} no-shows`,
  ];
}
