import { describe, expect, it } from 'vitest';
import { checkNewPassword, checkRoleTherapist, parseNewStaffAccount } from './staff.js';

describe('staff accounts', () => {
  const account = {
    email: ' Sam@Clinic.example ',
    displayName: 'Sam Lee',
    role: 'COORDINATOR' as const,
    password: 'a long enough passphrase',
  };

  it('tidies a good account', () => {
    expect(parseNewStaffAccount(account)).toEqual({
      ok: true,
      value: { ...account, email: 'sam@clinic.example', therapistId: null },
    });
  });

  it('ties the THERAPIST role, and only it, to a therapist', () => {
    expect(checkRoleTherapist('THERAPIST', ' ')).toMatchObject({ ok: false, error: { field: 'therapistId' } });
    expect(checkRoleTherapist('ADMIN', 'th-1')).toMatchObject({ ok: false, error: { field: 'therapistId' } });
    expect(checkRoleTherapist('THERAPIST', 'th-1')).toEqual({ ok: true, value: 'th-1' });
  });

  it('needs 12 to 200 characters of password', () => {
    expect(checkNewPassword('short').ok).toBe(false);
    expect(checkNewPassword('x'.repeat(201)).ok).toBe(false);
    expect(parseNewStaffAccount({ ...account, password: 'short' })).toMatchObject({
      ok: false,
      error: { field: 'password' },
    });
  });
});
