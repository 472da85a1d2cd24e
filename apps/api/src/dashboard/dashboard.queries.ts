import type { EntityManager } from '@mikro-orm/postgresql';

/** A span of the operator's days: [from, to] as dates, and the instants they start and end at. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
  readonly start: Date;
  readonly end: Date;
}

export interface DayBookings {
  readonly date: string;
  readonly booked: number;
  readonly cancelled: number;
  readonly noShow: number;
}

/** Bookings per day of the range, by what became of them; days without any too. */
export function bookingsPerDay(em: EntityManager, range: DayRange, zone: string): Promise<DayBookings[]> {
  return em.execute<DayBookings[]>(
    `select d::date::text as date,
            count(b.id) filter (where b.status in ('CONFIRMED', 'COMPLETED'))::int as booked,
            count(b.id) filter (where b.status = 'CANCELLED')::int as cancelled,
            count(b.id) filter (where b.status = 'NO_SHOW')::int as "noShow"
       from generate_series(?::date, ?::date, interval '1 day') d
       left join booking b
         on b.starts_at >= ? and b.starts_at < ? and (b.starts_at at time zone ?)::date = d::date
      group by d order by d`,
    [range.from, range.to, range.start, range.end, zone],
  );
}

export interface RevenueRow {
  readonly label: string;
  readonly currency: string;
  readonly amountMinor: number;
  readonly sessions: number;
}

// What was sold for sessions in the range: every booking not cancelled (a no-show is charged).
const SOLD = `b.status <> 'CANCELLED' and b.starts_at >= ? and b.starts_at < ?`;

/** Revenue by session length. */
export function revenueByLength(em: EntityManager, range: DayRange): Promise<RevenueRow[]> {
  return em.execute<RevenueRow[]>(
    `select b.duration_minutes::text || ' min' as label, b.price_currency as currency,
            sum(b.price_amount_minor)::float8 as "amountMinor", count(*)::int as sessions
       from booking b where ${SOLD}
      group by b.duration_minutes, b.price_currency order by b.duration_minutes`,
    [range.start, range.end],
  );
}

/** Revenue by the partner a booking came through, the operator's own site as one of them. */
export function revenueByChannel(em: EntityManager, range: DayRange): Promise<RevenueRow[]> {
  return em.execute<RevenueRow[]>(
    `select coalesce(p.name, 'Own site') as label, b.price_currency as currency,
            sum(b.price_amount_minor)::float8 as "amountMinor", count(*)::int as sessions
       from booking b left join partner p on p.id = b.partner_id
      where ${SOLD}
      group by p.name, b.price_currency order by sum(b.price_amount_minor) desc`,
    [range.start, range.end],
  );
}

export interface Outcomes {
  readonly bookings: number;
  readonly cancelled: number;
  readonly noShow: number;
}

export async function outcomes(em: EntityManager, range: DayRange): Promise<Outcomes> {
  const [row] = await em.execute<Outcomes[]>(
    `select count(*)::int as bookings, count(*) filter (where status = 'CANCELLED')::int as cancelled,
            count(*) filter (where status = 'NO_SHOW')::int as "noShow"
       from booking where starts_at >= ? and starts_at < ?`,
    [range.start, range.end],
  );
  return row ?? { bookings: 0, cancelled: 0, noShow: 0 };
}

export interface UtilisationRow {
  readonly therapistId: string;
  readonly displayName: string;
  readonly bookedHours: number;
  readonly scheduledHours: number;
}

/**
 * Per active therapist: hours of sessions booked (not cancelled) over hours scheduled
 * by their weekly hours, days fully taken by time off left out, over the range.
 */
export function utilisation(em: EntityManager, range: DayRange): Promise<UtilisationRow[]> {
  return em.execute<UtilisationRow[]>(
    `with days as (select d::date as day from generate_series(?::date, ?::date, interval '1 day') d),
     scheduled as (
       select t.id, sum(extract(epoch from s.end_time - s.start_time)) / 3600.0 as hours
         from therapist t
         join therapist_schedule s on s.therapist_id = t.id
         join days on extract(isodow from days.day) = s.weekday
        where not exists (
          select 1 from therapist_time_off o
           where o.therapist_id = t.id
             and o.starts_at <= days.day::timestamp at time zone t.time_zone
             and o.ends_at >= (days.day + 1)::timestamp at time zone t.time_zone)
        group by t.id),
     booked as (
       select therapist_id, sum(duration_minutes) / 60.0 as hours from booking
        where status <> 'CANCELLED' and starts_at >= ? and starts_at < ?
        group by therapist_id)
     select t.id as "therapistId", t.display_name as "displayName",
            coalesce(b.hours, 0)::float8 as "bookedHours", coalesce(s.hours, 0)::float8 as "scheduledHours"
       from therapist t
       left join scheduled s on s.id = t.id
       left join booked b on b.therapist_id = t.id
      where t.active
      order by t.display_name`,
    [range.from, range.to, range.start, range.end],
  );
}

export interface LicenceDue {
  readonly therapistId: string;
  readonly displayName: string;
  readonly expiresOn: string;
}

/** Active therapists whose licence has run out, or runs out by `until`: soonest first. */
export function licencesDue(em: EntityManager, until: string): Promise<LicenceDue[]> {
  return em.execute<LicenceDue[]>(
    `select id as "therapistId", display_name as "displayName", licence_expires_on::text as "expiresOn"
       from therapist where active and licence_expires_on <= ?::date order by licence_expires_on, display_name`,
    [until],
  );
}

export interface ReferralsWaiting {
  readonly count: number;
  /** When the one waiting longest was received. */
  readonly oldestReceivedAt: Date | null;
}

export async function referralsWaiting(em: EntityManager): Promise<ReferralsWaiting> {
  const [row] = await em.execute<ReferralsWaiting[]>(
    `select count(*)::int as count, min(created_at) as "oldestReceivedAt" from referral where status = 'PENDING'`,
  );
  return { count: row?.count ?? 0, oldestReceivedAt: row?.oldestReceivedAt ? new Date(row.oldestReceivedAt) : null };
}

export interface ReferralExpiring {
  readonly referralId: string;
  readonly code: string;
  readonly holderName: string | null;
  readonly expiresOn: string;
  readonly sessionsLeft: number;
}

/** Verified referrals with sessions left whose window ends between `today` and `until`: soonest first. */
export function referralsExpiring(em: EntityManager, today: string, until: string): Promise<ReferralExpiring[]> {
  return em.execute<ReferralExpiring[]>(
    `select id as "referralId", code, nullif(concat_ws(' ', holder_given_names, holder_family_name), '') as "holderName",
            expires_on::text as "expiresOn", sessions_authorised - sessions_used as "sessionsLeft"
       from referral
      where status = 'VERIFIED' and sessions_used < sessions_authorised and expires_on between ?::date and ?::date
      order by expires_on, code`,
    [today, until],
  );
}

export interface WeekSessions {
  /** The week's Monday. */
  readonly weekOf: string;
  readonly sessions: number;
}

/** Referral sessions used per week (bookings on a referral, not cancelled), by their start in the operator's zone. */
export function referralSessionsPerWeek(em: EntityManager, range: DayRange, zone: string): Promise<WeekSessions[]> {
  return em.execute<WeekSessions[]>(
    `with weeks as (
       select generate_series(date_trunc('week', ?::date), ?::date, interval '1 week')::date as week)
     select weeks.week::text as "weekOf", count(b.id)::int as sessions
       from weeks
       left join booking b on b.referral_id is not null and b.status <> 'CANCELLED'
        and b.starts_at >= ? and b.starts_at < ?
        and date_trunc('week', (b.starts_at at time zone ?)::date)::date = weeks.week
      group by weeks.week order by weeks.week`,
    [range.from, range.to, range.start, range.end, zone],
  );
}
