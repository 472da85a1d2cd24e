import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyReferralAction,
  comparableName,
  effectiveReferralStatus,
  parseReferralInput,
  type ReferralAction,
  type ReferralInput,
  type ReferralState,
  sameHolder,
  therapistSeesCareNotes,
} from './referrals.js';

const pending: ReferralState = {
  status: 'PENDING',
  sessionsAuthorised: 3,
  sessionsUsed: 0,
  issuedOn: '2026-11-01',
  expiresOn: '2027-02-01',
};

const apply = (state: ReferralState, action: ReferralAction) => {
  const next = applyReferralAction(state, action);
  if (!next.ok) throw new Error(next.error.message);
  return next.value;
};

describe('applyReferralAction', () => {
  it('verifies or rejects a pending referral, and nothing else', () => {
    expect(apply(pending, { kind: 'VERIFY' }).status).toBe('VERIFIED');
    expect(apply(pending, { kind: 'REJECT', reason: 'Unsigned' }).status).toBe('REJECTED');
    const verified = apply(pending, { kind: 'VERIFY' });
    expect(applyReferralAction(verified, { kind: 'VERIFY' })).toMatchObject({
      ok: false,
      error: { code: 'REFERRAL_INVALID' },
    });
    expect(applyReferralAction(verified, { kind: 'REJECT', reason: 'x' })).toMatchObject({ ok: false });
  });

  it('asks a reason of a rejection and of an amendment', () => {
    expect(applyReferralAction(pending, { kind: 'REJECT', reason: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'reason' },
    });
    const verified = apply(pending, { kind: 'VERIFY' });
    expect(applyReferralAction(verified, { kind: 'AMEND', reason: '', sessionsAuthorised: 5 })).toMatchObject({
      ok: false,
      error: { field: 'reason' },
    });
  });

  it('amends the expiry to at most ten years from the issue', () => {
    const verified = apply(pending, { kind: 'VERIFY' });
    const amend = (expiresOn: string) => applyReferralAction(verified, { kind: 'AMEND', reason: 'GP', expiresOn });
    expect(amend('2036-11-01')).toMatchObject({ ok: true, value: { expiresOn: '2036-11-01' } });
    for (const expiresOn of ['2036-11-02', '9999-12-31']) {
      expect(amend(expiresOn)).toMatchObject({
        ok: false,
        error: { field: 'expiresOn', message: 'A referral runs at most 10 years from its issue' },
      });
    }
  });

  it('uses sessions up to the last, which exhausts it, and gives them back', () => {
    let state = apply(pending, { kind: 'VERIFY' });
    state = apply(state, { kind: 'USE_SESSION' });
    state = apply(state, { kind: 'USE_SESSION' });
    state = apply(state, { kind: 'USE_SESSION' });
    expect(state).toMatchObject({ sessionsUsed: 3, status: 'EXHAUSTED' });
    expect(applyReferralAction(state, { kind: 'USE_SESSION' })).toMatchObject({ ok: false });
    expect(apply(state, { kind: 'RETURN_SESSION' })).toMatchObject({ sessionsUsed: 2, status: 'VERIFIED' });
  });

  it('never amends the sessions below those used', () => {
    const used = apply(apply(apply(pending, { kind: 'VERIFY' }), { kind: 'USE_SESSION' }), { kind: 'USE_SESSION' });
    expect(applyReferralAction(used, { kind: 'AMEND', reason: 'Lowered by GP', sessionsAuthorised: 1 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'sessionsAuthorised' },
    });
    expect(apply(used, { kind: 'AMEND', reason: 'Lowered by GP', sessionsAuthorised: 2 })).toMatchObject({
      status: 'EXHAUSTED',
    });
    const exhausted = apply(used, { kind: 'AMEND', reason: 'Lowered by GP', sessionsAuthorised: 2 });
    expect(apply(exhausted, { kind: 'AMEND', reason: 'Raised again', sessionsAuthorised: 6 })).toMatchObject({
      status: 'VERIFIED',
      sessionsAuthorised: 6,
    });
  });

  it('expires a verified referral after its window, without storing it', () => {
    const verified = apply(pending, { kind: 'VERIFY' });
    expect(effectiveReferralStatus(verified, '2027-02-01')).toBe('VERIFIED');
    expect(effectiveReferralStatus(verified, '2027-02-02')).toBe('EXPIRED');
    expect(effectiveReferralStatus(pending, '2030-01-01')).toBe('PENDING');
  });

  const action: fc.Arbitrary<ReferralAction> = fc.oneof(
    fc.constant<ReferralAction>({ kind: 'VERIFY' }),
    fc.constant<ReferralAction>({ kind: 'REJECT', reason: 'Not signed' }),
    fc.constant<ReferralAction>({ kind: 'USE_SESSION' }),
    fc.constant<ReferralAction>({ kind: 'RETURN_SESSION' }),
    fc.record({
      kind: fc.constant('AMEND' as const),
      reason: fc.constantFrom('', 'GP letter'),
      sessionsAuthorised: fc.option(fc.integer({ min: -2, max: 110 }), { nil: undefined }),
      expiresOn: fc.option(fc.constantFrom('2026-10-01', '2027-06-30', 'not a date'), { nil: undefined }),
    }),
  );

  it('keeps its invariants whatever is tried, in any order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.array(action, { maxLength: 60 }), (sessions, actions) => {
        let state: ReferralState = { ...pending, sessionsAuthorised: sessions };
        for (const next of actions) {
          const result = applyReferralAction(state, next);
          if (!result.ok) continue;
          const before = state;
          state = result.value;
          expect(state.sessionsUsed).toBeGreaterThanOrEqual(0);
          expect(state.sessionsUsed).toBeLessThanOrEqual(state.sessionsAuthorised);
          expect(state.sessionsAuthorised).toBeLessThanOrEqual(100);
          expect(state.expiresOn >= state.issuedOn).toBe(true);
          if (state.status === 'VERIFIED' || state.status === 'EXHAUSTED') {
            expect(state.status === 'EXHAUSTED').toBe(state.sessionsUsed === state.sessionsAuthorised);
          }
          // a rejected referral is final; a pending one has used nothing
          expect(before.status).not.toBe('REJECTED');
          if (state.status === 'PENDING') expect(state.sessionsUsed).toBe(0);
          if (state.status === 'REJECTED') expect(state.sessionsUsed).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('counts sessions exactly: uses minus returns, while any are left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.boolean(), { maxLength: 80 }), (sessions, uses) => {
        let state = apply({ ...pending, sessionsAuthorised: sessions }, { kind: 'VERIFY' });
        let expected = 0;
        for (const use of uses) {
          const result = applyReferralAction(state, { kind: use ? 'USE_SESSION' : 'RETURN_SESSION' });
          if (result.ok) {
            expected += use ? 1 : -1;
            state = result.value;
          } else {
            expect(use ? expected === sessions : expected === 0).toBe(true);
          }
        }
        expect(state.sessionsUsed).toBe(expected);
      }),
    );
  });
});

const input: ReferralInput = {
  treatmentId: 'treatment',
  holder: { familyName: ' Shah ', dateOfBirth: '1984-03-09' },
  providerName: 'Dr Anika Rao',
  providerProfession: 'General practitioner',
  providerNumber: '2426781A',
  conditions: ['CHRONIC_PAIN'],
  diagnosisCode: 'm54.5',
  recommendedTechniques: ['TRIGGER_POINT'],
  precautions: 'Avoid prone position for more than 20 min',
  sessionsAuthorised: 6,
  issuedOn: '2026-11-20',
  expiresOn: '2027-05-20',
};

describe('parseReferralInput', () => {
  it('tidies a referral as entered', () => {
    const parsed = parseReferralInput(input, '2026-11-27');
    expect(parsed).toMatchObject({
      ok: true,
      value: { holder: { familyName: 'Shah' }, diagnosisCode: 'M54.5', providerPractice: null },
    });
  });

  it.each([
    [{ holder: { familyName: '', dateOfBirth: '1984-03-09' } }, 'holder.familyName'],
    [{ holder: { familyName: 'Shah', dateOfBirth: '2030-01-01' } }, 'holder.dateOfBirth'],
    [{ holder: { familyName: 'Shah', dateOfBirth: '1984-02-30' } }, 'holder.dateOfBirth'],
    [{ providerName: ' ' }, 'providerName'],
    [{ conditions: [] }, 'conditions'],
    [{ conditions: ['HEADACHE_FROM_NOWHERE'] }, 'conditions'],
    [{ diagnosisCode: 'back pain' }, 'diagnosisCode'],
    [{ recommendedTechniques: ['REIKI'] }, 'recommendedTechniques'],
    [{ precautions: 'x'.repeat(2001) }, 'precautions'],
    [{ precautions: 'nul\u0000byte' }, 'precautions'],
    [{ sessionsAuthorised: 0 }, 'sessionsAuthorised'],
    [{ sessionsAuthorised: 2.5 }, 'sessionsAuthorised'],
    [{ issuedOn: '2026-12-01' }, 'issuedOn'],
    [{ issuedOn: '0001-01-01' }, 'issuedOn'],
    [{ issuedOn: '2016-11-26' }, 'issuedOn'],
    [{ expiresOn: '2026-11-19' }, 'expiresOn'],
    [{ expiresOn: '9999-12-31' }, 'expiresOn'],
    [{ expiresOn: '2036-11-21' }, 'expiresOn'],
  ] satisfies [Partial<ReferralInput>, string][])('refuses %o at %s', (change, field) => {
    expect(parseReferralInput({ ...input, ...change }, '2026-11-27')).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field },
    });
  });
});

describe('sameHolder', () => {
  const holder = { familyName: "Ó'Brien-Núñez", dateOfBirth: '1990-07-14' };

  it('compares family names without case, accents, spaces, hyphens or apostrophes', () => {
    expect(comparableName(holder.familyName)).toBe('obriennunez');
    expect(sameHolder(holder, { familyName: 'o brien nunez', dateOfBirth: '1990-07-14' })).toBe(true);
    expect(sameHolder(holder, { familyName: 'OBRIEN-NUNEZ', dateOfBirth: ' 1990-07-14' })).toBe(true);
  });

  it('refuses another name, another birthday, or a referral without a holder', () => {
    expect(sameHolder(holder, { familyName: 'Brien', dateOfBirth: '1990-07-14' })).toBe(false);
    expect(sameHolder(holder, { familyName: "O'Brien-Nunez", dateOfBirth: '1990-07-15' })).toBe(false);
    expect(sameHolder(null, holder)).toBe(false);
    expect(
      sameHolder({ familyName: '--', dateOfBirth: '1990-07-14' }, { familyName: '', dateOfBirth: '1990-07-14' }),
    ).toBe(false);
  });
});

describe('therapistSeesCareNotes', () => {
  const start = Date.parse('2026-12-10T10:00:00Z');
  const session = { start, end: start + 3_600_000 };
  it('opens 48 h before the session and closes 7 days after it', () => {
    expect(therapistSeesCareNotes(session, start - 48 * 3_600_000 - 1)).toBe(false);
    expect(therapistSeesCareNotes(session, start - 48 * 3_600_000)).toBe(true);
    expect(therapistSeesCareNotes(session, session.end + 7 * 86_400_000)).toBe(true);
    expect(therapistSeesCareNotes(session, session.end + 7 * 86_400_000 + 1)).toBe(false);
  });
});
