import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiUnderTest, startTestApiProcess } from '../support/api-process.js';

// A fault the flow's last request meets: the booking insert fails inside PostgreSQL, as a bug would,
// and the driver's error then carries the statement with every value the client sent.
const INJECT_FAULT = `
  create function mm_test_fault() returns trigger language plpgsql as $$
  begin
    if new.client_name like '%INJECT-FAULT%' then raise exception 'injected fault'; end if;
    return new;
  end $$;
  create trigger mm_test_fault before insert on booking for each row execute function mm_test_fault();`;

// One marker in every personal and health field: none may appear in anything the API logs.
const M = `zq${randomBytes(4).toString('hex')}`;
const MARKERS = [
  `Name${M}`,
  `mail${M}`,
  '491570159',
  `Line${M}`,
  `Unit${M}`,
  `Suburb${M}`,
  `State${M}`,
  `Notes${M}`,
  `RX-${M}`,
  `Reason${M}`,
  `Password${M}`,
  `who${M}`,
  `Holder${M}`,
  `Diag${M}`,
  `Prec${M}`,
  `Provider${M}`,
];

const client = { name: `Name${M} Tester`, email: `mail${M}@example.com`, phone: '0491 570 159' };
const address = {
  line1: `1 Line${M} St`,
  line2: `Unit${M}`,
  suburb: `Suburb${M}`,
  state: `State${M}`,
  postcode: '2000',
  country: 'AU',
};

let api: ApiUnderTest;
beforeAll(async () => {
  api = await startTestApiProcess({ LOG_LEVEL: 'trace', RATE_LIMIT_IP: '100000/60' }, (sql) => sql(INJECT_FAULT));
});
afterAll(async () => {
  await api?.stop();
});

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  return (await (await api.post({ query, variables })).json()) as Answer;
}

/** The first free start for the treatment, other than `except` when given. */
async function firstStart(
  treatmentSlug: string,
  { referralCode, except }: { referralCode?: string; except?: string } = {},
): Promise<{ treatmentId: string; start: string }> {
  const { data } = await graphql('{ treatments { id slug } }');
  const treatments = (data?.treatments ?? []) as { id: string; slug: string }[];
  const treatmentId = treatments.find((t) => t.slug === treatmentSlug)?.id ?? '';
  const day = (n: number) =>
    new Date(Date.now() + n * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Australia/Sydney' });
  const answer = await graphql('query ($i: AvailabilityInput!) { availability(input: $i) { slots { start } } }', {
    i: {
      treatmentId,
      durationMinutes: 60,
      from: day(3),
      to: day(12),
      timeZone: 'Australia/Sydney',
      postcode: '2000',
      referralCode,
    },
  });
  const days = (answer.data?.availability ?? []) as { slots: { start: string }[] }[];
  const start = days.flatMap((d) => d.slots).find((s) => s.start !== except)?.start;
  if (!start) throw new Error(`no free slot: ${JSON.stringify(answer.errors)}`);
  return { treatmentId, start };
}

const CREATE =
  'mutation ($i: CreateBookingInput!) { createBooking(input: $i) { manageToken booking { reference start } } }';

describe('what the API logs', () => {
  it('holds no personal or health data, through a whole booking flow and a failure inside the database', async () => {
    // a referral check with an unknown code, and a sign-in that fails
    expect((await graphql(`{ checkReferral(code: "RX-${M}") { valid } }`)).data).toEqual({
      checkReferral: { valid: false },
    });
    const signIn = await graphql('mutation ($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { email: `who${M}@demo.example`, password: `Password${M}` },
    });
    expect(signIn.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // a referral submitted by a client, and checked with a holder that does not match
    const { data: treatments } = await graphql('{ treatments { id slug } }');
    const medicalId = ((treatments?.treatments ?? []) as { id: string; slug: string }[]).find(
      (t) => t.slug === 'medical-massage',
    )?.id;
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Australia/Sydney' });
    const submitted = await graphql('mutation ($i: ReferralInput!) { submitReferral(input: $i) { code } }', {
      i: {
        treatmentId: medicalId,
        holder: { familyName: `Holder${M}`, dateOfBirth: '1970-01-01' },
        providerName: `Provider${M}`,
        providerProfession: 'GP',
        conditions: ['OTHER'],
        diagnosis: `Diag${M}: cervical radiculopathy`,
        precautions: `Prec${M}: anticoagulants`,
        sessionsAuthorised: 2,
        issuedOn: today,
        expiresOn: today,
      },
    });
    expect(submitted.errors).toBeUndefined();
    const mismatch = await graphql(
      'query ($c: String!, $f: String) { checkReferral(code: $c, familyName: $f, dateOfBirth: "1970-01-02") { valid } }',
      { c: 'RX-DEMO-BACK', f: `Holder${M}` },
    );
    expect(mismatch.data).toEqual({ checkReferral: { valid: false } });

    // a wellness booking: viewed, moved and cancelled
    const wellness = await firstStart('deep-tissue');
    const created = await graphql(CREATE, {
      i: {
        idempotencyKey: `k1-${M}`,
        treatmentId: wellness.treatmentId,
        durationMinutes: 60,
        start: wellness.start,
        client,
        address,
        intakeNotes: `Notes${M}: recent surgery`,
      },
    });
    expect(created.errors).toBeUndefined();
    const payload = created.data?.createBooking as { manageToken: string; booking: { reference: string } } | undefined;
    if (!payload) throw new Error('no booking');
    const { manageToken, booking } = payload;
    const view = await graphql(
      'query ($r: String!, $t: String!) { booking(reference: $r, manageToken: $t) { status } }',
      {
        r: booking.reference,
        t: manageToken,
      },
    );
    expect(view.data).toEqual({ booking: { status: 'CONFIRMED' } });
    const later = await firstStart('deep-tissue', { except: wellness.start });
    const moved = await graphql(
      'mutation ($r: String!, $t: String!, $s: DateTime!) { rescheduleBooking(reference: $r, manageToken: $t, start: $s) { status start } }',
      { r: booking.reference, t: manageToken, s: later.start },
    );
    expect(moved.data).toEqual({ rescheduleBooking: { status: 'CONFIRMED', start: later.start } });
    const cancelled = await graphql(
      'mutation ($r: String!, $t: String!, $why: String) { cancelBooking(reference: $r, manageToken: $t, reason: $why) { status } }',
      { r: booking.reference, t: manageToken, why: `Reason${M}: feeling better` },
    );
    expect(cancelled.data).toEqual({ cancelBooking: { status: 'CANCELLED' } });

    // a medical booking with a referral
    const medical = await firstStart('medical-massage', { referralCode: 'RX-DEMO-BACK' });
    const prescribed = await graphql(CREATE, {
      i: {
        idempotencyKey: `k2-${M}`,
        treatmentId: medical.treatmentId,
        durationMinutes: 60,
        start: medical.start,
        referralCode: 'rx-demo-back',
        referralHolder: { familyName: 'shah', dateOfBirth: '1984-03-09' },
        client,
        address,
        intakeNotes: `Notes${M}: DVT last year`,
      },
    });
    expect(prescribed.errors).toBeUndefined();

    // and one that fails inside PostgreSQL
    const again = await firstStart('deep-tissue');
    const failed = await graphql(CREATE, {
      i: {
        idempotencyKey: `k3-${M}`,
        treatmentId: again.treatmentId,
        durationMinutes: 60,
        start: again.start,
        client: { ...client, name: `Name${M} INJECT-FAULT` },
        address,
        intakeNotes: `Notes${M}: knee`,
      },
    });
    expect(failed.errors?.[0]).toEqual({
      message: 'Internal server error',
      path: ['createBooking'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });

    await api.stop();
    const logged = api.output();
    // the failure was logged, by its ids and codes only
    const errorLine = logged.split('\n').find((line) => line.includes('"msg":"unexpected error"'));
    expect(JSON.parse(errorLine ?? '{}')).toMatchObject({
      level: 50,
      operation: '(unnamed)',
      sqlState: 'P0001',
      error: expect.any(String),
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(logged).toMatch(/"msg":"graphql request"/);
    for (const marker of MARKERS) expect(logged.toLowerCase(), marker).not.toContain(marker.toLowerCase());
    expect(logged).not.toMatch(/insert into|select |intake_notes/i);
  });
});
