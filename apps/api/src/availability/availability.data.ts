import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookedSession, TherapistAvailability, TreatmentRequirements } from '@mm/domain/availability';
import type { Interval } from '@mm/domain/intervals';
import type { DatedPriceTier } from '@mm/domain/pricing';
import type { Technique } from '@mm/domain/vocabulary';
import { REFERRAL_RECORD_SQL, type ReferralRecord } from '../referrals/referral.queries.js';

/** A therapist as the availability engine and the public profile need it. */
export interface TherapistRow extends TherapistAvailability {
  readonly displayName: string;
  readonly bio: string | null;
  readonly techniques: Technique[];
}

export interface TreatmentRow extends TreatmentRequirements {
  readonly id: string;
}

/** Everything availability needs, in three statements whatever the number of therapists or days. */
export interface AvailabilityData {
  readonly treatment: TreatmentRow | undefined;
  /** Every dated price tier: which ones apply depends on the session's day. */
  readonly tiers: DatedPriceTier[];
  /** Present when a code was asked for and exists. */
  readonly referral: ReferralRecord | undefined;
  readonly therapists: TherapistRow[];
  readonly bookings: BookedSession[];
}

export interface AvailabilityScope {
  readonly treatmentId: string;
  readonly referralCode?: string | undefined;
  /** Only this therapist. */
  readonly therapistId?: string | undefined;
  /** Only therapists who travel to this postcode. */
  readonly postcode?: string | undefined;
  /** Time off and bookings are loaded where they touch this range. */
  readonly window: Interval;
  /** A booking being moved does not stand in its own way. */
  readonly excludeBookingId?: string | undefined;
}

interface TreatmentReferralRecord {
  tiers: {
    durationMinutes: number;
    amountMinor: number;
    currency: string;
    effectiveFrom: string;
    effectiveUntil: string | null;
  }[];
  id: string | null;
  requires_referral: boolean | null;
  techniques: Technique[];
  referral: ReferralRecord | null;
}

interface TherapistRecord {
  id: string;
  display_name: string;
  bio: string | null;
  gender: string | null;
  techniques: Technique[];
  medical_qualified: boolean;
  licence_expires_on: string;
  time_zone: string;
  travel_buffer_minutes: number;
  service_postcodes: string[];
  schedule: { weekday: number; start: string; end: string }[];
  time_off: { start: number; end: number }[];
}

interface BookingRecord {
  therapist_id: string;
  start: number;
  end: number;
}

/** Postgres text[] arrive as arrays from the driver; epoch milliseconds as float8 numbers. */
export async function loadAvailabilityData(em: EntityManager, scope: AvailabilityScope): Promise<AvailabilityData> {
  const windowStart = new Date(scope.window.start);
  const windowEnd = new Date(scope.window.end);
  const [first] = await em.execute<TreatmentReferralRecord[]>(
    `select coalesce((select json_agg(json_build_object('durationMinutes', duration_minutes,
                'amountMinor', amount_minor, 'currency', currency, 'effectiveFrom', effective_from::text,
                'effectiveUntil', effective_until::text) order by duration_minutes, effective_from)
              from price_tier), '[]') as tiers,
            t.id, t.requires_referral, t.techniques,
            case when r.id is null then null else ${REFERRAL_RECORD_SQL} end as referral
       from (select 1) as one
       left join treatment t on t.id = ? and t.active
       left join referral r on r.code = ?`,
    [scope.treatmentId, scope.referralCode ?? null],
  );
  const therapists = await loadTherapists(em, scope);
  const bookingFilter = [
    scope.therapistId ? 'and b.therapist_id = ?' : '',
    scope.excludeBookingId ? 'and b.id <> ?' : '',
  ].join(' ');
  const bookings = await em.execute<BookingRecord[]>(
    `select b.therapist_id, (extract(epoch from b.starts_at) * 1000)::float8 as start,
            (extract(epoch from b.ends_at) * 1000)::float8 as end
       from booking b
      where b.status <> 'CANCELLED' and b.busy && tstzrange(?, ?) ${bookingFilter}`,
    [windowStart, windowEnd, ...[scope.therapistId, scope.excludeBookingId].filter((v): v is string => !!v)],
  );

  return {
    treatment:
      first?.id && first.requires_referral !== null
        ? { id: first.id, requiresReferral: first.requires_referral, techniques: first.techniques }
        : undefined,
    tiers: (first?.tiers ?? []).map((t) => ({
      durationMinutes: t.durationMinutes,
      price: { amountMinor: t.amountMinor, currency: t.currency },
      effectiveFrom: t.effectiveFrom,
      effectiveUntil: t.effectiveUntil,
    })),
    referral: first?.referral ?? undefined,
    therapists,
    bookings: bookings.map((b) => ({ therapistId: b.therapist_id, start: b.start, end: b.end })),
  };
}

/**
 * Active therapists (and with `alsoBooked`, inactive ones with live bookings in the window),
 * with their schedules and the time off that touches the window.
 */
export async function loadTherapists(
  em: EntityManager,
  scope: Pick<AvailabilityScope, 'therapistId' | 'postcode' | 'window'> & { readonly alsoBooked?: boolean },
): Promise<TherapistRow[]> {
  const windowStart = new Date(scope.window.start);
  const windowEnd = new Date(scope.window.end);
  const booked = ` or exists (select 1 from booking b where b.therapist_id = th.id and b.status <> 'CANCELLED'
                                and b.busy && tstzrange(?, ?))`;
  const therapistFilter = [
    scope.therapistId ? 'and th.id = ?' : '',
    scope.postcode ? 'and ? = any(th.service_postcodes)' : '',
  ].join(' ');
  const therapistParams = [scope.therapistId, scope.postcode].filter((v): v is string => !!v);
  const rows = await em.execute<TherapistRecord[]>(
    `select th.id, th.display_name, th.bio, th.gender, th.techniques, th.medical_qualified,
            th.licence_expires_on::text, th.time_zone, th.travel_buffer_minutes, th.service_postcodes,
            coalesce((select json_agg(json_build_object('weekday', s.weekday,
                        'start', to_char(s.start_time, 'HH24:MI'), 'end', to_char(s.end_time, 'HH24:MI')))
                        from therapist_schedule s where s.therapist_id = th.id), '[]') as schedule,
            coalesce((select json_agg(json_build_object(
                        'start', extract(epoch from o.starts_at) * 1000, 'end', extract(epoch from o.ends_at) * 1000))
                        from therapist_time_off o
                       where o.therapist_id = th.id and o.ends_at > ? and o.starts_at < ?), '[]') as time_off
       from therapist th
      where (th.active${scope.alsoBooked ? booked : ''}) ${therapistFilter}
      order by th.display_name, th.id`,
    [windowStart, windowEnd, ...(scope.alsoBooked ? [windowStart, windowEnd] : []), ...therapistParams],
  );
  return rows.map((t) => ({
    id: t.id,
    displayName: t.display_name,
    bio: t.bio,
    ...(t.gender ? { gender: t.gender } : {}),
    techniques: t.techniques,
    medicalQualified: t.medical_qualified,
    licenceExpiresOn: t.licence_expires_on,
    timeZone: t.time_zone,
    travelBufferMinutes: t.travel_buffer_minutes,
    servicePostcodes: t.service_postcodes,
    weeklySchedule: t.schedule,
    timeOff: t.time_off.map((o) => ({ start: Number(o.start), end: Number(o.end) })),
  }));
}
