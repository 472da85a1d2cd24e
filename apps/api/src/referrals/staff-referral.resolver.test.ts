import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferralPdf } from '../seeders/demo-document.js';
import { bookingInput, createBooking, firstSlot, sydneyDate, treatmentId } from '../test-support/booking-fixtures.js';
import {
  asStaff,
  DEMO_LOGINS,
  DEMO_PUBLISHABLE_KEY,
  demoPartnerId,
  issueKey,
  signIn,
} from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
let coordinator: string;
let admin: string;
let therapist: string;
let medical: string;

beforeAll(async () => {
  // a code's holder may be got wrong 4 times an hour, from anywhere
  t = await startTestApi({ RATE_LIMIT_REFERRAL_CODE: '4/3600' });
  coordinator = await signIn(t, DEMO_LOGINS.COORDINATOR);
  admin = await signIn(t, DEMO_LOGINS.ADMIN);
  therapist = await signIn(t, DEMO_LOGINS.THERAPIST);
  medical = await treatmentId(t, 'medical-massage');
});
afterAll(async () => {
  await t?.close();
});

const REFERRAL_FIELDS = `id code status holderFamilyName holderDateOfBirth sessionsAuthorised sessionsUsed sessionsLeft
  issuedOn expiresOn receivedAt submittedVia provider { name profession registrationNumber }
  document { contentType byteSize path } uses { reference status } changes { action reason actorName
  sessionsAuthorisedBefore sessionsAuthorisedAfter }`;

interface Referral {
  id: string;
  code: string;
  status: string;
  sessionsAuthorised: number;
  sessionsUsed: number;
  sessionsLeft: number;
  document: { contentType: string; byteSize: number; path: string } | null;
  uses: { reference: string; status: string }[];
  changes: { action: string; reason: string | null; actorName: string | null }[];
  health?: { diagnosis: string | null; diagnosisCode: string | null; precautions: string | null; conditions: string[] };
}

const referralInput = (overrides: Record<string, unknown> = {}) => ({
  treatmentId: medical,
  holder: { familyName: 'Müller-Lüdenscheidt', dateOfBirth: '1975-02-14' },
  holderGivenNames: 'Anna',
  providerName: 'Dr Rosa Diaz',
  providerProfession: 'General practitioner',
  providerNumber: '3344556B',
  conditions: ['CHRONIC_PAIN'],
  diagnosis: 'Thoracic outlet syndrome, left',
  diagnosisCode: 'g54.0',
  recommendedTechniques: [],
  precautions: 'No pressure on the left supraclavicular fossa',
  sessionsAuthorised: 3,
  issuedOn: sydneyDate(-2),
  expiresOn: sydneyDate(120),
  ...overrides,
});

async function enter(input = referralInput()): Promise<Referral> {
  const { data, errors } = await t.graphql<{ enterReferral: Referral }>(
    `mutation ($input: ReferralInput!) { enterReferral(input: $input) { ${REFERRAL_FIELDS} } }`,
    { input },
    asStaff(coordinator),
  );
  if (!data) throw new Error(JSON.stringify(errors));
  return data.enterReferral;
}

const read = async (id: string, who = coordinator) =>
  t.graphql<{ referral: Referral | null }>(
    `query ($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} health { conditions diagnosis diagnosisCode precautions } } }`,
    { id },
    asStaff(who),
  );

const act = (mutation: string, variables: Record<string, unknown>, who = coordinator) =>
  t.graphql<Record<string, Referral>>(mutation, variables, asStaff(who));

const document = (id: string, method: 'GET' | 'PUT', headers: Record<string, string>, body?: Uint8Array) =>
  fetch(`${t.url}/documents/referrals/${id}`, { method, headers, ...(body ? { body } : {}) });

describe('the referral workflow', () => {
  it('enters, queues, documents, verifies, books with the holder, amends and rejects', async () => {
    const entered = await enter();
    expect(entered).toMatchObject({ status: 'PENDING', sessionsLeft: 3, submittedVia: 'STAFF', document: null });
    expect(entered.code).toMatch(/^RX-[2-9A-HJ-NP-Z]{10}$/);
    expect(entered.changes).toEqual([
      expect.objectContaining({ action: 'ENTERED', actorName: expect.stringMatching(/\w/) }),
    ]);

    // the queue: pending, oldest first (the demo's pending one came first)
    const queue = await t.graphql<{ referrals: { edges: { node: { code: string; status: string } }[] } }>(
      '{ referrals(filter: { statuses: [PENDING] }, order: OLDEST_FIRST) { edges { node { code status } } } }',
      {},
      asStaff(coordinator),
    );
    expect(queue.data?.referrals.edges.map((e) => e.node.code)).toEqual(['RX-DEMO-NECK', entered.code]);

    // the document: told by its bytes; only the office reads it
    const pdf = demoReferralPdf(['Referral', 'for a test']);
    const renamed = await document(
      entered.id,
      'PUT',
      { ...asStaff(coordinator), 'content-type': 'application/pdf' },
      Buffer.from('not a pdf at all'),
    );
    expect(renamed.status).toBe(415);
    expect(((await renamed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    const tooBig = await document(entered.id, 'PUT', asStaff(coordinator), new Uint8Array(10 * 1024 * 1024 + 1));
    expect(tooBig.status).toBe(413);
    expect((await document(entered.id, 'PUT', { 'x-partner-key': DEMO_PUBLISHABLE_KEY }, pdf)).status).toBe(403);
    const stored = await document(entered.id, 'PUT', { ...asStaff(coordinator), 'content-type': 'image/png' }, pdf);
    expect(stored.status).toBe(200);
    expect(await stored.json()).toEqual({ contentType: 'application/pdf' });
    const viewed = await document(entered.id, 'GET', asStaff(coordinator));
    expect(viewed.status).toBe(200);
    expect(viewed.headers.get('content-type')).toBe('application/pdf');
    expect(viewed.headers.get('content-disposition')).toBe('inline');
    expect(viewed.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await viewed.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await document(entered.id, 'GET', asStaff(therapist))).status).toBe(403);
    expect((await document(entered.id, 'GET', {})).status).toBe(401);
    expect((await document('00000000-0000-4000-8000-000000000000', 'GET', asStaff(coordinator))).status).toBe(404);

    // the referral page: details, health data, the document
    const page = (await read(entered.id)).data?.referral;
    expect(page).toMatchObject({
      document: { contentType: 'application/pdf', byteSize: pdf.length, path: `/documents/referrals/${entered.id}` },
      health: {
        conditions: ['CHRONIC_PAIN'],
        diagnosis: 'Thoracic outlet syndrome, left',
        diagnosisCode: 'G54.0',
        precautions: 'No pressure on the left supraclavicular fossa',
      },
    });

    // a pending referral books nothing, even with the right holder
    const slot = await firstSlot(t, { treatmentId: medical, postcode: '2031' });
    const address = { line1: '2 Avoca St', suburb: 'Randwick', postcode: '2031', country: 'AU' };
    const holder = { familyName: 'mueller ludenscheidt', dateOfBirth: '1975-02-14' };
    const early = await createBooking(
      t,
      bookingInput({
        treatmentId: medical,
        start: slot.start,
        referralCode: entered.code,
        referralHolder: { familyName: 'Müller-Lüdenscheidt', dateOfBirth: '1975-02-14' },
        address,
      }),
    );
    expect(early.errors?.[0]?.extensions).toEqual({ code: 'REFERRAL_INVALID', field: 'referralCode' });
    expect(early.errors?.[0]?.message).toMatch(/not been verified/);

    const verify = 'mutation ($id: ID!) { verifyReferral(id: $id) { status decidedByName } }';
    expect((await act(verify, { id: entered.id })).data?.verifyReferral).toMatchObject({ status: 'VERIFIED' });
    const again = await act(verify, { id: entered.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('REFERRAL_INVALID');

    // booking with the code needs the holder: another family name, another birthday, or none, is refused
    const attempt = (referralHolder: unknown) =>
      createBooking(
        t,
        bookingInput({ treatmentId: medical, start: slot.start, referralCode: entered.code, referralHolder, address }),
      );
    const wrongName = await attempt({ familyName: 'Muller', dateOfBirth: '1975-02-14' });
    const wrongBirthday = await attempt({ familyName: 'Müller-Lüdenscheidt', dateOfBirth: '1975-02-15' });
    const unknownCode = await createBooking(
      t,
      bookingInput({ treatmentId: medical, start: slot.start, referralCode: 'RX-NO-SUCH-CODE', address }),
    );
    for (const refused of [wrongName, wrongBirthday, unknownCode]) {
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'REFERRAL_INVALID', field: 'referralCode' });
    }
    // an unknown code and someone else's read the same
    expect(wrongName.errors?.[0]?.message).toBe(unknownCode.errors?.[0]?.message);
    const none = await attempt(null);
    expect(none.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'referralHolder.familyName' });

    // "Müller-Lüdenscheidt" typed as "mueller ludenscheidt" does not match (ü is u, not ue) …
    expect((await attempt(holder)).errors?.[0]?.extensions?.code).toBe('REFERRAL_INVALID');
    // … but without case, accents, hyphens or spaces it does
    const booked = await attempt({ familyName: 'MULLER ludenscheidt', dateOfBirth: '1975-02-14' });
    expect(booked.errors, JSON.stringify(booked.errors)).toBeUndefined();
    const reference = booked.data?.createBooking.booking.reference;

    const afterBooking = (await read(entered.id)).data?.referral;
    expect(afterBooking).toMatchObject({
      sessionsUsed: 1,
      sessionsLeft: 2,
      uses: [{ reference, status: 'CONFIRMED' }],
    });

    // amendments: with a reason, never below the sessions used
    const amend = `mutation ($id: ID!, $a: ReferralAmendment!) { amendReferral(id: $id, amendment: $a) {
      status sessionsAuthorised sessionsLeft expiresOn changes { action reason sessionsAuthorisedBefore sessionsAuthorisedAfter } } }`;
    const below = await act(amend, { id: entered.id, a: { sessionsAuthorised: 0, reason: 'GP letter' } });
    expect(below.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'sessionsAuthorised' });
    const noReason = await act(amend, { id: entered.id, a: { sessionsAuthorised: 2, reason: ' ' } });
    expect(noReason.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const lowered = await act(amend, { id: entered.id, a: { sessionsAuthorised: 1, reason: 'GP reduced the course' } });
    expect(lowered.data?.amendReferral).toMatchObject({
      status: 'EXHAUSTED',
      sessionsAuthorised: 1,
      sessionsLeft: 0,
    });
    expect(lowered.data?.amendReferral?.changes.at(-1)).toEqual({
      action: 'AMENDED',
      reason: 'GP reduced the course',
      sessionsAuthorisedBefore: 3,
      sessionsAuthorisedAfter: 1,
    });

    // rejecting: pending ones only, with a reason
    const other = await enter(referralInput({ holder: { familyName: 'Okoye', dateOfBirth: '1990-01-01' } }));
    const reject =
      'mutation ($id: ID!, $r: String!) { rejectReferral(id: $id, reason: $r) { status changes { action reason } } }';
    expect((await act(reject, { id: other.id, r: '' })).errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const rejected = await act(reject, { id: other.id, r: 'Not signed by the provider' });
    expect(rejected.data?.rejectReferral).toMatchObject({
      status: 'REJECTED',
      changes: [{ action: 'ENTERED' }, { action: 'REJECTED', reason: 'Not signed by the provider' }],
    });
    expect((await act(reject, { id: entered.id, r: 'Too late' })).errors?.[0]?.extensions?.code).toBe(
      'REFERRAL_INVALID',
    );
  });

  it('names the field at fault in a referral as entered, and writes nothing', async () => {
    const [before] = await t.sql<{ n: number }>('select count(*)::int as n from referral');
    for (const [change, field] of [
      [{ holder: { familyName: ' ', dateOfBirth: '1975-02-14' } }, 'holder.familyName'],
      [{ diagnosisCode: 'back' }, 'diagnosisCode'],
      [{ sessionsAuthorised: 101 }, 'sessionsAuthorised'],
      [{ expiresOn: sydneyDate(-10) }, 'expiresOn'],
      [{ treatmentId: await treatmentId(t, 'deep-tissue') }, 'treatmentId'],
      [{ treatmentId: 'nope' }, 'treatmentId'],
    ] as const) {
      const { errors } = await t.graphql(
        'mutation ($input: ReferralInput!) { enterReferral(input: $input) { id } }',
        { input: referralInput(change) },
        asStaff(coordinator),
      );
      expect(errors?.[0]?.extensions, JSON.stringify(change)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const [after] = await t.sql<{ n: number }>('select count(*)::int as n from referral');
    expect(after?.n).toBe(before?.n);
  });

  it('lets an integrator submit a referral and attach its letter while pending; a client submits one too', async () => {
    const secret = await issueKey(t, admin, await demoPartnerId(t, admin), 'SECRET');
    const submit = 'mutation ($input: ReferralInput!) { submitReferral(input: $input) { id code status } }';
    const input = referralInput({ holder: { familyName: 'Tanaka', dateOfBirth: '1988-08-08' } });
    const byPartner = await t.graphql<{ submitReferral: { id: string; code: string; status: string } }>(
      submit,
      { input },
      { authorization: `Bearer ${secret.token}` },
    );
    const submitted = byPartner.data?.submitReferral;
    expect(submitted?.status).toBe('PENDING');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const attached = await document(submitted?.id ?? '', 'PUT', { authorization: `Bearer ${secret.token}` }, png);
    expect(attached.status).toBe(200);
    expect(await attached.json()).toEqual({ contentType: 'image/png' });
    // the partner never reads it back
    expect((await document(submitted?.id ?? '', 'GET', { authorization: `Bearer ${secret.token}` })).status).toBe(403);

    const byClient = await t.graphql<{ submitReferral: { id: string } }>(
      submit,
      { input },
      { 'x-partner-key': DEMO_PUBLISHABLE_KEY },
    );
    const seen = await read(byClient.data?.submitReferral.id ?? '');
    expect(seen.data?.referral).toMatchObject({ submittedVia: 'CLIENT', status: 'PENDING' });
    const ofPartner = await read(submitted?.id ?? '');
    expect(ofPartner.data?.referral).toMatchObject({ submittedVia: 'PARTNER', document: { contentType: 'image/png' } });
  });
});

describe('checkReferral', () => {
  const check = (code: string, familyName?: string, dateOfBirth?: string) =>
    t.graphql<{
      checkReferral: { valid: boolean; reason: string | null; sessionsRemaining: number; expiresOn: string | null };
    }>(
      'query ($c: String!, $f: String, $d: Date) { checkReferral(code: $c, familyName: $f, dateOfBirth: $d) { valid reason sessionsRemaining expiresOn } }',
      { c: code, f: familyName, d: dateOfBirth },
    );

  it('says nothing of a code without its holder, and the same of an unknown code and of someone else', async () => {
    expect((await check('RX-DEMO-BACK')).data?.checkReferral).toEqual({
      valid: false,
      reason: 'Give the family name and date of birth written on the referral',
      sessionsRemaining: 0,
      expiresOn: null,
    });
    const someoneElse = (await check('RX-DEMO-BACK', 'Tester', '1984-03-09')).data?.checkReferral;
    const unknown = (await check('RX-NOT-A-CODE', 'Shah', '1984-03-09')).data?.checkReferral;
    expect(someoneElse).toEqual(unknown);
    expect(someoneElse).toMatchObject({ valid: false, sessionsRemaining: 0, expiresOn: null });
    expect((await check('RX-DEMO-BACK', 'SHAH', '1984-03-09')).data?.checkReferral).toMatchObject({
      valid: true,
      sessionsRemaining: 6,
    });
    // the pending one: its holder learns it waits
    expect((await check('rx-demo-neck', 'nguyen', '1991-05-17')).data?.checkReferral).toMatchObject({
      valid: false,
      reason: 'The referral has not been verified yet',
    });
  });

  it('locks a code after repeated wrong holders, from any address, even for the right one', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await check('RX-DEMO-KNEE', 'Fraser', `1979-11-${10 + i}`)).data?.checkReferral.valid).toBe(false);
    }
    const locked = await check('RX-DEMO-KNEE', 'Fraser', '1979-11-22');
    expect(locked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // another code is not held up
    expect((await check('RX-DEMO-BACK', 'Shah', '1984-03-09')).data?.checkReferral.valid).toBe(true);
  });
});
