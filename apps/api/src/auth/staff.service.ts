import type { EntityManager } from '@mikro-orm/postgresql';
import { parseEmail } from '@mm/domain/booking-rules';
import { type DomainError, domainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';
import { checkRoleTherapist, parseNewStaffAccount } from '@mm/domain/staff';
import { brokenConstraint, CONSTRAINTS, sqlState, UNIQUE_VIOLATION } from '../database/sql-errors.js';
import { checkId } from '../ids.js';
import { TherapistEntity } from '../therapists/therapist.entity.js';
import { hashPassword, passwordMatches } from './password.js';
import type { StaffRole } from './roles.js';
import { openSession, revokeSessionsOf, type SessionLifetime } from './session.store.js';
import { StaffAccountEntity } from './staff-account.entity.js';

export interface StaffAccountView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly therapistId: string | null;
  readonly active: boolean;
  readonly createdAt: Date;
}

const view = (a: StaffAccountEntity): StaffAccountView => ({
  id: a.id,
  email: a.email,
  displayName: a.displayName,
  role: a.role,
  therapistId: a.therapistId ?? null,
  active: a.active,
  createdAt: a.createdAt,
});

// One answer for an unknown account, a deactivated one and a wrong password.
const wrongCredentials = domainError('UNAUTHENTICATED', 'The email or password is not right');

/** Checks the password and opens a session; the token goes in the cookie. */
export async function signIn(
  em: EntityManager,
  lifetime: SessionLifetime,
  input: { readonly email: string; readonly password: string },
): Promise<Result<{ account: StaffAccountView; token: string }, DomainError>> {
  const email = parseEmail(input.email, 'email');
  if (!email.ok) return email;
  const account = await em.findOne(StaffAccountEntity, { email: email.value }, { populate: ['passwordHash'] });
  const matches = await passwordMatches(account?.active ? account.passwordHash : undefined, input.password);
  if (!account || !matches) return err(wrongCredentials);
  return ok({ account: view(account), token: await openSession(em, account.id, lifetime) });
}

export async function findStaffAccount(em: EntityManager, id: string): Promise<StaffAccountView | undefined> {
  const account = await em.findOne(StaffAccountEntity, { id });
  return account ? view(account) : undefined;
}

export const listStaffAccounts = async (em: EntityManager): Promise<StaffAccountView[]> =>
  (await em.find(StaffAccountEntity, {}, { orderBy: { role: 'asc', displayName: 'asc' } })).map(view);

export interface NewStaffAccount {
  readonly email: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly therapistId?: string | null | undefined;
  readonly password: string;
}

/** The therapist an account names exists (or none is named). */
async function checkTherapist(em: EntityManager, therapistId: string | null): Promise<Result<void, DomainError>> {
  if (therapistId === null) return ok(undefined);
  const unknown = err(domainError('BAD_USER_INPUT', 'Unknown therapist', 'therapistId'));
  if (!checkId(therapistId, 'therapistId', 'therapist').ok) return unknown;
  return (await em.count(TherapistEntity, { id: therapistId })) ? ok(undefined) : unknown;
}

/** A new account; a THERAPIST account names the therapist it belongs to. */
export async function createStaffAccount(
  em: EntityManager,
  input: NewStaffAccount,
): Promise<Result<StaffAccountView, DomainError>> {
  const parsed = parseNewStaffAccount(input);
  if (!parsed.ok) return parsed;
  const { email, displayName, role, therapistId, password } = parsed.value;
  const known = await checkTherapist(em, therapistId);
  if (!known.ok) return known;
  const account = em.create(StaffAccountEntity, {
    email,
    displayName,
    role,
    therapistId,
    passwordHash: await hashPassword(password),
  });
  try {
    await em.flush();
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION && brokenConstraint(error) === CONSTRAINTS.staffAccountEmail) {
      return err(domainError('BAD_USER_INPUT', 'An account with this email exists', 'email'));
    }
    throw error;
  }
  return ok(view(account));
}

/**
 * Gives an account another role (a THERAPIST one names its therapist) and ends its
 * sessions, so the new role holds from its next sign-in. Nobody changes their own:
 * an admin always remains.
 */
export async function changeStaffRole(
  em: EntityManager,
  id: string,
  change: { role: StaffRole; therapistId?: string | null | undefined },
  byAccountId: string,
): Promise<Result<StaffAccountView, DomainError>> {
  const missing = err(domainError('NOT_FOUND', 'No such account', 'id'));
  if (!checkId(id, 'id', 'account').ok) return missing;
  if (id === byAccountId) return err(domainError('BAD_USER_INPUT', 'You cannot change your own role', 'role'));
  const therapistId = checkRoleTherapist(change.role, change.therapistId);
  if (!therapistId.ok) return therapistId;
  const known = await checkTherapist(em, therapistId.value);
  if (!known.ok) return known;
  const changed = await em.transactional(async (tx) => {
    const account = await tx.findOne(StaffAccountEntity, { id });
    if (!account) return undefined;
    account.role = change.role;
    account.therapistId = therapistId.value;
    await tx.flush();
    await revokeSessionsOf(tx, id);
    return view(account);
  });
  return changed ? ok(changed) : missing;
}

/** Closes an account and every session it has open. Nobody closes their own. */
export async function deactivateStaffAccount(
  em: EntityManager,
  id: string,
  byAccountId: string,
): Promise<Result<StaffAccountView, DomainError>> {
  const checked = checkId(id, 'id', 'account');
  if (!checked.ok) return checked;
  if (id === byAccountId) return err(domainError('BAD_USER_INPUT', 'You cannot deactivate your own account', 'id'));
  const closed = await em.transactional(async (tx) => {
    const account = await tx.findOne(StaffAccountEntity, { id });
    if (!account) return undefined;
    account.active = false;
    await tx.flush();
    await revokeSessionsOf(tx, id);
    return view(account);
  });
  return closed ? ok(closed) : err(domainError('NOT_FOUND', 'No such account', 'id'));
}
