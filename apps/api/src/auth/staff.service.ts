import type { EntityManager } from '@mikro-orm/postgresql';
import { parseClientName, parseEmail } from '@mm/domain/booking-rules';
import { type DomainError, domainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';
import { brokenConstraint, CONSTRAINTS, sqlState, UNIQUE_VIOLATION } from '../database/sql-errors.js';
import { checkId } from '../ids.js';
import { TherapistEntity } from '../therapists/therapist.entity.js';
import { checkNewPassword, hashPassword, passwordMatches } from './password.js';
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

/** A new account; a THERAPIST account names the therapist it belongs to. */
export async function createStaffAccount(
  em: EntityManager,
  input: NewStaffAccount,
): Promise<Result<StaffAccountView, DomainError>> {
  const email = parseEmail(input.email, 'email');
  if (!email.ok) return email;
  const name = parseClientName(input.displayName, 'displayName');
  if (!name.ok) return name;
  const therapistId = input.therapistId?.trim() || null;
  if ((input.role === 'THERAPIST') !== (therapistId !== null)) {
    return err(domainError('BAD_USER_INPUT', 'A THERAPIST account, and only one, names its therapist', 'therapistId'));
  }
  const id = checkId(therapistId, 'therapistId', 'therapist');
  if (!id.ok) return id;
  if (therapistId && !(await em.count(TherapistEntity, { id: therapistId }))) {
    return err(domainError('BAD_USER_INPUT', 'Unknown therapist', 'therapistId'));
  }
  const password = checkNewPassword(input.password);
  if (!password.ok) return password;
  const account = em.create(StaffAccountEntity, {
    email: email.value,
    displayName: name.value,
    role: input.role,
    therapistId,
    passwordHash: await hashPassword(password.value),
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
