import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookedSession, TherapistAvailability, TreatmentRequirements } from '@mm/domain/availability';
import type { Interval } from '@mm/domain/intervals';
import type { DatedPriceTier } from '@mm/domain/pricing';
import type { Technique } from '@mm/domain/vocabulary';
import { preparedSql } from '../database/prepared-sql.js';
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

/** Everything availability needs (see loadAvailabilityData). */
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

interface ContextRecord {
  tiers: {
    durationMinutes: number;
    amountMinor: number;
    currency: string;
    effectiveFrom: string;
    effectiveUntil: string | null;
  }[];
  treatment: TreatmentRow | null;
  referral: ReferralRecord | null;
  therapists: TherapistRecord[];
}

interface TherapistRecord {
  id: string;
  displayName: string;
  bio: string | null;
  gender: string | null;
  techniques: Technique[];
  medicalQualified: boolean;
  licenceExpiresOn: string;
  timeZone: string;
  travelBufferMinutes: number;
  servicePostcodes: string[];
  weeklySchedule: { weekday: number; start: string; end: string }[];
  timeOff: { start: number; end: number }[];
}

interface BookingRecord {
  therapist_id: string;
  start: number;
  end: number;
}

/** Which therapists a statement reads: by id, by postcode, and with `alsoBooked` inactive ones with live bookings. */
interface TherapistFilter {
  readonly therapistId: boolean;
  readonly postcode: boolean;
  readonly alsoBooked: boolean;
}

/**
 * A therapist (alias th) as one JSON object in TherapistRecord's shape, with their weekly hours
 * and the time off that touches [:windowStart, :windowEnd).
 */
const THERAPIST_JSON = `json_build_object('id', th.id, 'displayName', th.display_name, 'bio', th.bio,
    'gender', th.gender, 'techniques', th.techniques, 'medicalQualified', th.medical_qualified,
    'licenceExpiresOn', th.licence_expires_on::text, 'timeZone', th.time_zone,
    'travelBufferMinutes', th.travel_buffer_minutes, 'servicePostcodes', th.service_postcodes,
    'weeklySchedule', coalesce((select json_agg(json_build_object('weekday', s.weekday,
        'start', to_char(s.start_time, 'HH24:MI'), 'end', to_char(s.end_time, 'HH24:MI')))
        from therapist_schedule s where s.therapist_id = th.id), '[]'),
    'timeOff', coalesce((select json_agg(json_build_object(
        'start', extract(epoch from o.starts_at) * 1000, 'end', extract(epoch from o.ends_at) * 1000))
        from therapist_time_off o
       where o.therapist_id = th.id and o.ends_at > :windowStart and o.starts_at < :windowEnd), '[]'))`;

const therapistWhere = (filter: TherapistFilter) =>
  `(th.active${
    filter.alsoBooked
      ? ` or exists (select 1 from booking b where b.therapist_id = th.id and b.status <> 'CANCELLED'
                        and b.busy && tstzrange(:windowStart, :windowEnd))`
      : ''
  })${filter.therapistId ? ' and th.id = :therapistId' : ''}${filter.postcode ? ' and :postcode = any(th.service_postcodes)' : ''}`;

/** The name part of a variant: which optional filters its text has (t, p, b, x). */
const variant = (flags: Record<string, boolean>) =>
  Object.entries(flags)
    .map(([flag, on]) => (on ? flag : ''))
    .join('') || '-';

type ContextName = 'treatmentId' | 'referralCode' | 'windowStart' | 'windowEnd' | 'therapistId' | 'postcode';

/** The treatment, every dated price tier, the referral asked about and the therapists: one row of JSON. */
const contextStatement = memo((filter: TherapistFilter) =>
  preparedSql<ContextName>(
    `availability-context:${variant({ t: filter.therapistId, p: filter.postcode, b: filter.alsoBooked })}`,
    `select coalesce((select json_agg(json_build_object('durationMinutes', duration_minutes,
                'amountMinor', amount_minor, 'currency', currency, 'effectiveFrom', effective_from::text,
                'effectiveUntil', effective_until::text) order by duration_minutes, effective_from)
              from price_tier), '[]') as tiers,
            (select json_build_object('id', t.id, 'requiresReferral', t.requires_referral, 'techniques', t.techniques)
               from treatment t where t.id = :treatmentId and t.active) as treatment,
            (select ${REFERRAL_RECORD_SQL} from referral r where r.code = :referralCode) as referral,
            coalesce((select json_agg(${THERAPIST_JSON} order by th.display_name, th.id)
                        from therapist th where ${therapistWhere(filter)}), '[]') as therapists`,
  ),
);

/** Therapists alone, one JSON object a row. */
const therapistsStatement = memo((filter: TherapistFilter) =>
  preparedSql<Exclude<ContextName, 'treatmentId' | 'referralCode'>>(
    `availability-therapists:${variant({ t: filter.therapistId, p: filter.postcode, b: filter.alsoBooked })}`,
    `select ${THERAPIST_JSON} as therapist from therapist th where ${therapistWhere(filter)}
      order by th.display_name, th.id`,
  ),
);

/** Live bookings that touch the window: rows, the cheapest form for thousands of them. */
const bookingsStatement = memo((filter: { readonly therapistId: boolean; readonly excludeBooking: boolean }) =>
  preparedSql<'windowStart' | 'windowEnd' | 'therapistId' | 'excludeBookingId'>(
    `availability-bookings:${variant({ t: filter.therapistId, x: filter.excludeBooking })}`,
    `select b.therapist_id, (extract(epoch from b.starts_at) * 1000)::float8 as start,
            (extract(epoch from b.ends_at) * 1000)::float8 as end
       from booking b
      where b.status <> 'CANCELLED' and b.busy && tstzrange(:windowStart, :windowEnd)${
        filter.therapistId ? ' and b.therapist_id = :therapistId' : ''
      }${filter.excludeBooking ? ' and b.id <> :excludeBookingId' : ''}`,
  ),
);

/** One value per distinct key (the filters' flags): each statement variant is made once. */
function memo<Key extends object, Value>(make: (key: Key) => Value): (key: Key) => Value {
  const made = new Map<string, Value>();
  return (key) => {
    const id = JSON.stringify(key);
    let value = made.get(id);
    if (value === undefined) {
      value = make(key);
      made.set(id, value);
    }
    return value;
  };
}

const toTherapistRow = (t: TherapistRecord): TherapistRow => ({
  id: t.id,
  displayName: t.displayName,
  bio: t.bio,
  ...(t.gender ? { gender: t.gender } : {}),
  techniques: t.techniques,
  medicalQualified: t.medicalQualified,
  licenceExpiresOn: t.licenceExpiresOn,
  timeZone: t.timeZone,
  travelBufferMinutes: t.travelBufferMinutes,
  servicePostcodes: t.servicePostcodes,
  weeklySchedule: t.weeklySchedule,
  timeOff: t.timeOff.map((o) => ({ start: Number(o.start), end: Number(o.end) })),
});

/**
 * Everything availability needs, in two prepared statements whatever the number of therapists
 * or days: the treatment, prices, referral and therapists as one row of JSON, and the bookings
 * as rows (epoch milliseconds as float8 numbers).
 */
export async function loadAvailabilityData(em: EntityManager, scope: AvailabilityScope): Promise<AvailabilityData> {
  const window = { windowStart: new Date(scope.window.start), windowEnd: new Date(scope.window.end) };
  const therapistId = scope.therapistId ?? null;
  const [context] = await contextStatement({
    therapistId: !!scope.therapistId,
    postcode: !!scope.postcode,
    alsoBooked: false,
  }).run<ContextRecord>(em, {
    ...window,
    treatmentId: scope.treatmentId,
    referralCode: scope.referralCode ?? null,
    therapistId,
    postcode: scope.postcode ?? null,
  });
  const bookings = await bookingsStatement({
    therapistId: !!scope.therapistId,
    excludeBooking: !!scope.excludeBookingId,
  }).run<BookingRecord>(em, { ...window, therapistId, excludeBookingId: scope.excludeBookingId ?? null });
  return {
    treatment: context?.treatment ?? undefined,
    tiers: (context?.tiers ?? []).map((t) => ({
      durationMinutes: t.durationMinutes,
      price: { amountMinor: t.amountMinor, currency: t.currency },
      effectiveFrom: t.effectiveFrom,
      effectiveUntil: t.effectiveUntil,
    })),
    referral: context?.referral ?? undefined,
    therapists: (context?.therapists ?? []).map(toTherapistRow),
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
  const rows = await therapistsStatement({
    therapistId: !!scope.therapistId,
    postcode: !!scope.postcode,
    alsoBooked: !!scope.alsoBooked,
  }).run<{ therapist: TherapistRecord }>(em, {
    windowStart: new Date(scope.window.start),
    windowEnd: new Date(scope.window.end),
    therapistId: scope.therapistId ?? null,
    postcode: scope.postcode ?? null,
  });
  return rows.map((row) => toTherapistRow(row.therapist));
}
