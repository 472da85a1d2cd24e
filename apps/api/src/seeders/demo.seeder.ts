import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseReferralInput } from '@mm/domain/referrals';
import { STARTER_PRICE_TIERS, STARTER_TREATMENTS } from '@mm/domain/vocabulary';
import { addDays, instantToLocalDate, localDateTimeToInstant, MINUTE_MS, zonedDay } from '@mm/domain/zoned-time';
import { createStaffAccount } from '../auth/staff.service.js';
import { StaffAccountEntity } from '../auth/staff-account.entity.js';
import { ensureClient, insertBooking } from '../bookings/booking.queries.js';
import { PriceTierEntity } from '../catalog/price-tier.entity.js';
import { TreatmentEntity } from '../catalog/treatment.entity.js';
import type { Config } from '../config.js';
import { SYSTEM_ACTOR } from '../health/audit.js';
import type { KeyRing } from '../health/cipher.js';
import { PartnerEntity, PartnerKeyEntity } from '../partners/partner.entity.js';
import { partnerKeyColumns } from '../partners/partner-keys.js';
import { attachDocument } from '../referrals/referral-document.js';
import { changeReferral, insertReferral } from '../referrals/referral-workflow.service.js';
import { TherapistEntity } from '../therapists/therapist.entity.js';
import { TherapistScheduleEntity } from '../therapists/therapist-schedule.entity.js';
import { TherapistTimeOffEntity } from '../therapists/therapist-time-off.entity.js';
import { DEMO_PARTNER, DEMO_REFERRALS, DEMO_STAFF, DEMO_THERAPISTS, type DemoTherapist } from './demo-data.js';
import { demoReferralPdf } from './demo-document.js';
import { demoBooking, seedHistory } from './demo-history.js';

/** What the seeder does to health data is audited as the system's doing. */
const SEED = { actor: SYSTEM_ACTOR, requestId: null };

const DEMO_BOOKINGS = 6;

/** The first day `fromDay` or more days after `today` on which the therapist works and is not off, with its first window. */
function nextWorkingDay(t: DemoTherapist, today: string, fromDay: number, zone: string) {
  for (let day = fromDay; day < fromDay + 14; day++) {
    const date = addDays(today, day);
    const window = t.schedule.find((w) => w.weekdays.includes(zonedDay(date, zone).weekday));
    if (window && !t.daysOff?.includes(day)) return { date, window };
  }
  return undefined;
}

/**
 * The demo operator, each part once: treatments, price tiers, a team of
 * therapists with schedules and time off, referrals with known codes (two
 * verified, one pending with a letter attached) and a few bookings; a partner for the demo page; eight weeks of past
 * bookings for the dashboard; and, unless
 * NODE_ENV=production, one console account per role. A part already present
 * is left as it is. Returns what it seeded, to be printed.
 */
export async function seedDemo(
  em: EntityManager,
  config: Pick<Config, 'operator' | 'production' | 'demoPartnerOrigins' | 'documentDir'>,
  now: number,
  keys: KeyRing,
): Promise<string[]> {
  const lines: string[] = [];
  const fresh = (await em.count(TreatmentEntity)) === 0;
  if (fresh) lines.push(...(await seedOperator(em, config.operator, now, keys, config.documentDir)));
  if ((await em.count(PartnerEntity)) === 0) lines.push(...(await seedPartner(em, config.demoPartnerOrigins)));
  if (fresh) lines.push(...(await seedHistory(em, config.operator, now)));
  if (!config.production && (await em.count(StaffAccountEntity)) === 0) lines.push(...(await seedStaff(em)));
  return lines;
}

async function seedPartner(em: EntityManager, origins: readonly string[]): Promise<string[]> {
  const partner = em.create(PartnerEntity, { name: DEMO_PARTNER.name, origins: [...origins] });
  partner.treatments.set(await em.find(TreatmentEntity, {}));
  const key = DEMO_PARTNER.publishableKey;
  em.create(PartnerKeyEntity, { partner, ...partnerKeyColumns('PUBLISHABLE', key) });
  await em.flush();
  return [`demo partner ${DEMO_PARTNER.name}: publishable key ${key}, for ${origins.join(', ')}`];
}

async function seedStaff(em: EntityManager): Promise<string[]> {
  const lines: string[] = [];
  for (const staff of DEMO_STAFF) {
    const therapist = staff.therapist ? await em.findOne(TherapistEntity, { displayName: staff.therapist }) : undefined;
    const created = await createStaffAccount(em, { ...staff, therapistId: therapist?.id ?? null });
    if (!created.ok) throw new Error(`demo account ${staff.email}: ${created.error.message}`);
    lines.push(`console account ${staff.role}: ${staff.email} / ${staff.password}`);
  }
  return lines;
}

async function seedOperator(
  em: EntityManager,
  operator: Config['operator'],
  now: number,
  keys: KeyRing,
  documentDir: string | undefined,
): Promise<string[]> {
  const zone = operator.timeZone;
  const today = instantToLocalDate(now, zone);
  await em.transactional(async (tx) => {
    const treatments = STARTER_TREATMENTS.map((t, position) =>
      tx.create(TreatmentEntity, { ...t, techniques: [...t.techniques], position }),
    );
    // on sale since a year ago: the demo's past bookings were sold at these prices
    for (const tier of STARTER_PRICE_TIERS) {
      tx.create(PriceTierEntity, { ...tier, currency: operator.currency, effectiveFrom: addDays(today, -365) });
    }
    const therapists = DEMO_THERAPISTS.map((d) => {
      const therapist = tx.create(TherapistEntity, {
        displayName: d.displayName,
        bio: d.bio,
        gender: d.gender,
        techniques: [...d.techniques],
        medicalQualified: d.medicalQualified,
        licenceNumber: d.licenceNumber,
        licenceBody: 'Massage & Myotherapy Australia',
        licenceExpiresOn: addDays(today, d.licenceValidDays),
        timeZone: zone,
        travelBufferMinutes: d.travelBufferMinutes,
        servicePostcodes: [...d.servicePostcodes],
      });
      for (const window of d.schedule) {
        for (const weekday of window.weekdays) {
          tx.create(TherapistScheduleEntity, { therapist, weekday, startTime: window.start, endTime: window.end });
        }
      }
      for (const day of d.daysOff ?? []) {
        const date = addDays(today, day);
        tx.create(TherapistTimeOffEntity, {
          therapist,
          startsAt: new Date(localDateTimeToInstant(date, '00:00', zone) ?? now),
          endsAt: new Date(localDateTimeToInstant(addDays(date, 1), '00:00', zone) ?? now),
          reason: 'Personal leave',
        });
      }
      return { demo: d, entity: therapist };
    });
    await tx.flush();

    const medical = treatments.find((t) => t.requiresReferral);
    const [firstTier] = STARTER_PRICE_TIERS;
    if (!medical || !firstTier) throw new Error('the starter catalogue has a medical treatment and price tiers');
    for (const r of DEMO_REFERRALS) {
      const clientId = await ensureClient(tx, randomUUID(), {
        name: r.clientName,
        email: r.clientEmail,
        phone: r.clientPhone,
      });
      const referral = parseReferralInput(
        {
          ...r,
          treatmentId: medical.id,
          conditions: [...r.conditions],
          recommendedTechniques: [...r.recommendedTechniques],
          issuedOn: addDays(today, -7),
          expiresOn: addDays(today, 180),
        },
        today,
      );
      if (!referral.ok) throw new Error(`demo referral ${r.code}: ${referral.error.message}`);
      const { id } = await insertReferral(
        tx,
        keys,
        { referral: referral.value, submittedVia: 'STAFF', clientId, code: r.code },
        SEED,
        zone,
      );
      if (r.status === 'VERIFIED') {
        const verified = await changeReferral(tx, id, { kind: 'VERIFY' }, null, zone);
        if (!verified.ok) throw new Error(`demo referral ${r.code}: ${verified.error.message}`);
      } else {
        const letter = demoReferralPdf([
          r.providerPractice,
          `Referral for ${r.holderGivenNames} ${r.holder.familyName}, born ${r.holder.dateOfBirth}`,
          `Please provide ${r.sessionsAuthorised} sessions of remedial massage.`,
          `Precautions: ${r.precautions}`,
          `${r.providerName}, ${r.providerProfession} (${r.providerNumber})`,
          'Demo document: not a real referral.',
        ]);
        await attachDocument(tx, { keys, dir: documentDir }, id, letter, SEED, null);
      }
    }

    const client = { name: 'Demo Client', email: 'demo.client@example.com', phone: '+61400000000' };
    const licensed = therapists.filter((t) => t.demo.licenceValidDays > 14).slice(0, DEMO_BOOKINGS);
    for (const [i, { demo, entity }] of licensed.entries()) {
      const treatment = treatments.find(
        (t) => !t.requiresReferral && t.techniques.some((technique) => demo.techniques.includes(technique)),
      );
      const day = nextWorkingDay(demo, today, 2 + i, zone);
      const start = day && localDateTimeToInstant(day.date, day.window.start, zone);
      if (!treatment || start === undefined) continue;
      await insertBooking(
        tx,
        demoBooking({
          id: randomUUID(),
          client,
          line1: `${10 + i} Example Street`,
          postcode: demo.servicePostcodes[0] ?? '2000',
          country: operator.country,
          idempotencyKey: `demo-seed-${i}`,
          treatmentId: treatment.id,
          therapistId: entity.id,
          partnerId: null,
          durationMinutes: firstTier.durationMinutes,
          price: { amountMinor: firstTier.amountMinor, currency: operator.currency },
          start: start + 60 * MINUTE_MS,
          bufferMinutes: demo.travelBufferMinutes,
        }),
      );
    }
  });
  return [
    `seeded ${STARTER_TREATMENTS.length} treatments, ${STARTER_PRICE_TIERS.length} price tiers (${operator.currency}), ${DEMO_THERAPISTS.length} therapists and ${DEMO_BOOKINGS} bookings`,
    ...DEMO_REFERRALS.map(
      // whom each was written for is in the README, not in the log
      (r) => `referral code ${r.code}: medical massage, ${r.sessionsAuthorised} session(s), ${r.status.toLowerCase()}`,
    ),
  ];
}
