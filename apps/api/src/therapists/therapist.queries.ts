import type { EntityManager } from '@mikro-orm/postgresql';
import type { Technique } from '@mm/domain/vocabulary';

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

/** Therapists by name; inactive ones only when asked for. */
export async function listTherapists(em: EntityManager, includeInactive: boolean): Promise<TherapistListRow[]> {
  return em.execute<TherapistListRow[]>(
    `select id, display_name as "displayName", bio, gender, techniques, medical_qualified as "medicalQualified",
            active, licence_number as "licenceNumber", licence_body as "licenceBody",
            licence_expires_on::text as "licenceExpiresOn", time_zone as "timeZone",
            travel_buffer_minutes as "travelBufferMinutes", service_postcodes as "servicePostcodes"
       from therapist
      where active or ?
      order by display_name, id`,
    [includeInactive],
  );
}
