import type { EntityManager } from '@mikro-orm/postgresql';
import { parsePostcode } from '@mm/domain/booking-rules';
import type { DomainError } from '@mm/domain/errors';
import { ok, type Result } from '@mm/domain/result';
import type { PartnerScope } from '../auth/roles.js';
import { checkId } from '../ids.js';
import { checkPartnerSells } from '../partners/partner-scope.js';

// A medical treatment needs a medically qualified therapist: a postcode only others visit is not served for it.
const SERVED_SQL = `select exists (
    select 1 from therapist th
      left join treatment t on t.id = ?::uuid
     where th.active and ? = any(th.service_postcodes)
       and (t.id is null or not t.requires_referral or th.medical_qualified)
  ) as served`;

/** Whether any active therapist, fit for the treatment when one is named, visits `rawPostcode`. */
export async function checkServiceArea(
  em: EntityManager,
  rawPostcode: string,
  treatmentId: string | null | undefined,
  partner: PartnerScope | undefined,
): Promise<Result<{ postcode: string; served: boolean }, DomainError>> {
  const postcode = parsePostcode(rawPostcode, 'postcode');
  if (!postcode.ok) return postcode;
  // an empty id is malformed too, not absent: it would reach the database as an id
  if (treatmentId != null) {
    for (const check of [checkId(treatmentId, 'treatmentId', 'treatment'), checkPartnerSells(partner, treatmentId)]) {
      if (!check.ok) return check;
    }
  }
  const [row] = await em.execute<{ served: boolean }[]>(SERVED_SQL, [treatmentId ?? null, postcode.value]);
  return ok({ postcode: postcode.value, served: row?.served ?? false });
}
