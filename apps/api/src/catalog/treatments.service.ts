import type { EntityManager } from '@mikro-orm/postgresql';
import { type DomainError, domainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';
import { parseTreatment, type TreatmentInput } from '@mm/domain/treatments';
import { sqlState, UNIQUE_VIOLATION } from '../database/sql-errors.js';
import { checkId } from '../ids.js';
import { TreatmentEntity } from './treatment.entity.js';

export type StaffTreatmentView = Pick<
  TreatmentEntity,
  'id' | 'slug' | 'name' | 'description' | 'requiresReferral' | 'techniques' | 'position' | 'active'
>;

const view = (t: TreatmentEntity): StaffTreatmentView => ({
  id: t.id,
  slug: t.slug,
  name: t.name,
  description: t.description,
  requiresReferral: t.requiresReferral,
  techniques: t.techniques,
  position: t.position,
  active: t.active,
});

const slugTaken = domainError('BAD_USER_INPUT', 'Another treatment has this slug', 'slug');
const missing = domainError('NOT_FOUND', 'No such treatment', 'id');

/** Every treatment, on sale or not, in catalogue order. */
export async function listAllTreatments(em: EntityManager): Promise<StaffTreatmentView[]> {
  const all = await em.find(TreatmentEntity, {}, { orderBy: { position: 'asc', name: 'asc' } });
  return all.map(view);
}

async function saved(em: EntityManager, entity: TreatmentEntity): Promise<Result<StaffTreatmentView, DomainError>> {
  try {
    await em.flush();
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) return err(slugTaken);
    throw error;
  }
  return ok(view(entity));
}

export async function createTreatment(
  em: EntityManager,
  input: TreatmentInput,
): Promise<Result<StaffTreatmentView, DomainError>> {
  const parsed = parseTreatment(input);
  if (!parsed.ok) return parsed;
  return saved(em, em.create(TreatmentEntity, parsed.value));
}

export async function updateTreatment(
  em: EntityManager,
  id: string,
  input: TreatmentInput,
): Promise<Result<StaffTreatmentView, DomainError>> {
  if (!checkId(id, 'id', 'treatment').ok) return err(missing);
  const parsed = parseTreatment(input);
  if (!parsed.ok) return parsed;
  const entity = await em.findOne(TreatmentEntity, { id });
  if (!entity) return err(missing);
  em.assign(entity, parsed.value);
  return saved(em, entity);
}

/** Takes a treatment off sale, or back: bookings already made keep it either way. */
export async function setTreatmentActive(
  em: EntityManager,
  id: string,
  active: boolean,
): Promise<Result<StaffTreatmentView, DomainError>> {
  if (!checkId(id, 'id', 'treatment').ok) return err(missing);
  const entity = await em.findOne(TreatmentEntity, { id });
  if (!entity) return err(missing);
  entity.active = active;
  return saved(em, entity);
}
