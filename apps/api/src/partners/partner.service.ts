import type { EntityManager } from '@mikro-orm/postgresql';
import { type DomainError, domainError } from '@mm/domain/errors';
import { parsePartnerProfile } from '@mm/domain/partners';
import { err, ok, type Result } from '@mm/domain/result';
import type { PartnerKeyKind } from '../auth/roles.js';
import { TreatmentEntity } from '../catalog/treatment.entity.js';
import { checkId } from '../ids.js';
import { PartnerEntity, PartnerKeyEntity } from './partner.entity.js';
import { newPartnerKey, partnerKeyColumns } from './partner-keys.js';

export interface PartnerKeyView {
  readonly id: string;
  readonly kind: PartnerKeyKind;
  /** The whole key, for publishable keys (they are public); null for secret ones. */
  readonly publishableKey: string | null;
  readonly hint: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

export interface PartnerView {
  readonly id: string;
  readonly name: string;
  readonly origins: readonly string[];
  readonly treatmentIds: readonly string[];
  readonly keys: readonly PartnerKeyView[];
  readonly createdAt: Date;
}

export interface PartnerInput {
  readonly name: string;
  readonly origins: readonly string[];
  readonly treatmentIds: readonly string[];
}

const bad = (message: string, field: string) => err(domainError('BAD_USER_INPUT', message, field));

const keyView = (k: PartnerKeyEntity): PartnerKeyView => ({
  id: k.id,
  kind: k.kind,
  publishableKey: k.publishableKey ?? null,
  hint: k.hint,
  createdAt: k.createdAt,
  lastUsedAt: k.lastUsedAt ?? null,
  revokedAt: k.revokedAt ?? null,
});

const partnerView = (p: PartnerEntity): PartnerView => ({
  id: p.id,
  name: p.name,
  origins: p.origins,
  treatmentIds: p.treatments.getItems().map((t) => t.id),
  keys: p.keys.getItems().map(keyView),
  createdAt: p.createdAt,
});

const POPULATE = ['treatments', 'keys'] as const;

export async function listPartners(em: EntityManager): Promise<PartnerView[]> {
  const partners = await em.find(PartnerEntity, {}, { populate: POPULATE, orderBy: { name: 'asc' } });
  return partners.map(partnerView);
}

/** Name, origins (as browsers send them) and treatments, checked; the treatments loaded. */
async function parsePartnerInput(
  em: EntityManager,
  input: PartnerInput,
): Promise<Result<{ name: string; origins: string[]; treatments: TreatmentEntity[] }, DomainError>> {
  const profile = parsePartnerProfile(input);
  if (!profile.ok) return profile;
  for (const [i, id] of input.treatmentIds.entries()) {
    const checked = checkId(id, `treatmentIds.${i}`, 'treatment');
    if (!checked.ok) return checked;
  }
  const ids = [...new Set(input.treatmentIds.map((id) => id.toLowerCase()))];
  const treatments = ids.length ? await em.find(TreatmentEntity, { id: { $in: ids } }) : [];
  const found = new Set(treatments.map((t) => t.id));
  const missing = input.treatmentIds.findIndex((id) => !found.has(id.toLowerCase()));
  if (missing >= 0) return bad('Unknown treatment', `treatmentIds.${missing}`);
  return ok({ ...profile.value, treatments });
}

export async function createPartner(em: EntityManager, input: PartnerInput): Promise<Result<PartnerView, DomainError>> {
  const parsed = await parsePartnerInput(em, input);
  if (!parsed.ok) return parsed;
  const partner = em.create(PartnerEntity, { name: parsed.value.name, origins: parsed.value.origins });
  partner.treatments.set(parsed.value.treatments);
  await em.flush();
  return ok(partnerView(partner));
}

export async function updatePartner(
  em: EntityManager,
  id: string,
  input: PartnerInput,
): Promise<Result<PartnerView, DomainError>> {
  const checked = checkId(id, 'id', 'partner');
  if (!checked.ok) return checked;
  const partner = await em.findOne(PartnerEntity, { id }, { populate: POPULATE });
  if (!partner) return err(domainError('NOT_FOUND', 'No such partner', 'id'));
  const parsed = await parsePartnerInput(em, input);
  if (!parsed.ok) return parsed;
  partner.name = parsed.value.name;
  partner.origins = parsed.value.origins;
  partner.treatments.set(parsed.value.treatments);
  await em.flush();
  return ok(partnerView(partner));
}

/** A new key; the whole key is in `token`, and a secret key is never shown again. */
export async function issuePartnerKey(
  em: EntityManager,
  partnerId: string,
  kind: PartnerKeyKind,
): Promise<Result<{ key: PartnerKeyView; token: string }, DomainError>> {
  const checked = checkId(partnerId, 'partnerId', 'partner');
  if (!checked.ok) return checked;
  const partner = await em.findOne(PartnerEntity, { id: partnerId });
  if (!partner) return err(domainError('NOT_FOUND', 'No such partner', 'partnerId'));
  const token = newPartnerKey(kind);
  const key = em.create(PartnerKeyEntity, { partner, ...partnerKeyColumns(kind, token) });
  await em.flush();
  return ok({ key: keyView(key), token });
}

export async function revokePartnerKey(em: EntityManager, id: string): Promise<Result<PartnerKeyView, DomainError>> {
  const checked = checkId(id, 'id', 'key');
  if (!checked.ok) return checked;
  const key = await em.findOne(PartnerKeyEntity, { id });
  if (!key) return err(domainError('NOT_FOUND', 'No such key', 'id'));
  key.revokedAt ??= new Date();
  await em.flush();
  return ok(keyView(key));
}
