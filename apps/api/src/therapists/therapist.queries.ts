import type { EntityManager } from '@mikro-orm/postgresql';
import type { TherapistProfile, WeeklyRange } from '@mm/domain/therapists';
import type { Technique } from '@mm/domain/vocabulary';
import { TEXT_ARRAY, textArray } from '../database/text-array.js';

/** A therapist as staff lists show them. */
export interface TherapistListRow {
  readonly id: string;
  readonly displayName: string;
  readonly bio: string | null;
  readonly gender: string | null;
  readonly techniques: Technique[];
  readonly medicalQualified: boolean;
  readonly active: boolean;
  readonly licenceNumber: string;
  readonly licenceBody: string;
  readonly licenceExpiresOn: string;
  readonly timeZone: string;
  readonly travelBufferMinutes: number;
  readonly servicePostcodes: string[];
}

const columns = `id, display_name as "displayName", bio, gender, techniques, medical_qualified as "medicalQualified",
  active, licence_number as "licenceNumber", licence_body as "licenceBody",
  licence_expires_on::text as "licenceExpiresOn", time_zone as "timeZone",
  travel_buffer_minutes as "travelBufferMinutes", service_postcodes as "servicePostcodes"`;

/** Therapists by name; inactive ones only when asked for. */
export async function listTherapists(em: EntityManager, includeInactive: boolean): Promise<TherapistListRow[]> {
  return em.execute<TherapistListRow[]>(
    `select ${columns} from therapist where active or ? order by display_name, id`,
    [includeInactive],
  );
}

export async function findTherapist(em: EntityManager, id: string): Promise<TherapistListRow | undefined> {
  const [row] = await em.execute<TherapistListRow[]>(`select ${columns} from therapist where id = ?`, [id]);
  return row;
}

const profileValues = (p: TherapistProfile) => [
  p.displayName,
  p.bio,
  p.gender,
  textArray(p.techniques),
  p.medicalQualified,
  p.licenceNumber,
  p.licenceBody,
  p.licenceExpiresOn,
  p.timeZone,
  p.travelBufferMinutes,
  textArray(p.servicePostcodes),
];

export async function insertTherapist(em: EntityManager, id: string, p: TherapistProfile): Promise<void> {
  await em.execute(
    `insert into therapist (id, display_name, bio, gender, techniques, medical_qualified, licence_number, licence_body,
       licence_expires_on, time_zone, travel_buffer_minutes, service_postcodes)
     values (?, ?, ?, ?, ${TEXT_ARRAY}, ?, ?, ?, ?, ?, ?, ${TEXT_ARRAY})`,
    [id, ...profileValues(p)],
  );
}

/** Changes the profile; false when there is no such therapist. */
export async function updateTherapistRow(em: EntityManager, id: string, p: TherapistProfile): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(
    `update therapist set display_name = ?, bio = ?, gender = ?, techniques = ${TEXT_ARRAY}, medical_qualified = ?,
       licence_number = ?, licence_body = ?, licence_expires_on = ?, time_zone = ?, travel_buffer_minutes = ?,
       service_postcodes = ${TEXT_ARRAY}, updated_at = now()
     where id = ? returning id`,
    [...profileValues(p), id],
  );
  return rows.length > 0;
}

export async function loadWeeklySchedule(em: EntityManager, therapistId: string): Promise<WeeklyRange[]> {
  return em.execute<WeeklyRange[]>(
    `select weekday, to_char(start_time, 'HH24:MI') as start, to_char(end_time, 'HH24:MI') as end
       from therapist_schedule where therapist_id = ? order by weekday, start_time`,
    [therapistId],
  );
}

export interface TimeOffRow {
  readonly id: string;
  readonly start: Date;
  readonly end: Date;
  readonly reason: string | null;
}

/** Time off that ends after `since`, soonest first. */
export async function loadTimeOff(em: EntityManager, therapistId: string, since: Date): Promise<TimeOffRow[]> {
  const rows = await em.execute<{ id: string; start: string | Date; end: string | Date; reason: string | null }[]>(
    `select id, starts_at as start, ends_at as end, reason from therapist_time_off
      where therapist_id = ? and ends_at > ? order by starts_at`,
    [therapistId, since],
  );
  // the driver hands a timestamptz over as text
  return rows.map((r) => ({ ...r, start: new Date(r.start), end: new Date(r.end) }));
}

/**
 * References of the therapist's live bookings that [start, end) would overlap (travel
 * buffers included), the first few; `end: null` reaches into the future without end.
 */
export async function bookingsOverlapping(
  em: EntityManager,
  therapistId: string,
  range: { start: Date; end: Date | null },
): Promise<string[]> {
  const rows = await em.execute<{ reference: string }[]>(
    `select reference from booking where therapist_id = ? and status <> 'CANCELLED' and busy && tstzrange(?, ?)
      order by starts_at limit 6`,
    [therapistId, range.start, range.end],
  );
  return rows.map((r) => r.reference);
}
