import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSchema, type GraphQLNamedType, getNamedType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferralPdf } from '../seeders/demo-document.js';
import { bookingInput, createBooking, firstSlot, sydneyDate, treatmentId } from '../test-support/booking-fixtures.js';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';
import { SYSTEM_ACTOR } from './audit.js';
import { KeyRing, newHealthKey, placeOf, SealError } from './cipher.js';
import { purgeExpiredHealthData } from './retention.js';
import { resealHealthData, SEALED_COLUMNS } from './sealed-columns.js';

let t: TestApi;
let admin: string;
let medical: string;
let referralId: string;
let bookingId: string;
/** The booking's day in Sydney, for the calendar. */
let bookingDay: string;
const SYSTEM = { actor: SYSTEM_ACTOR, requestId: null };

/** Words that appear in this file's health data only: found anywhere in the database, they leaked. */
const MARK = {
  diagnosis: 'Zygomorphic plexopathy',
  precautions: 'Quillwort precaution',
  notes: 'Brambleberry intake',
  providerNotes: 'Xanthic provider note',
  letter: 'Periwinkle letter',
};

beforeAll(async () => {
  t = await startTestApi();
  admin = await signIn(t, DEMO_LOGINS.ADMIN);
  medical = await treatmentId(t, 'medical-massage');
  const { data, errors } = await t.graphql<{ enterReferral: { id: string; code: string } }>(
    'mutation ($input: ReferralInput!) { enterReferral(input: $input) { id code } }',
    {
      input: {
        treatmentId: medical,
        holder: { familyName: 'Ashworth', dateOfBirth: '1966-06-06' },
        providerName: 'Dr Mei Lin',
        providerProfession: 'Rheumatologist',
        conditions: ['FIBROMYALGIA'],
        diagnosis: MARK.diagnosis,
        diagnosisCode: 'M79.7',
        precautions: MARK.precautions,
        providerNotes: MARK.providerNotes,
        sessionsAuthorised: 5,
        issuedOn: sydneyDate(-1),
        expiresOn: sydneyDate(90),
      },
    },
    asStaff(admin),
  );
  if (!data) throw new Error(JSON.stringify(errors));
  referralId = data.enterReferral.id;
  const put = await fetch(`${t.url}/documents/referrals/${referralId}`, {
    method: 'PUT',
    headers: asStaff(admin),
    body: demoReferralPdf([MARK.letter]),
  });
  expect(put.status).toBe(200);
  await t.graphql('mutation ($id: ID!) { verifyReferral(id: $id) { id } }', { id: referralId }, asStaff(admin));
  const slot = await firstSlot(t, { treatmentId: medical, postcode: '2031' });
  const booked = await createBooking(
    t,
    bookingInput({
      treatmentId: medical,
      start: slot.start,
      referralCode: data.enterReferral.code,
      referralHolder: { familyName: 'Ashworth', dateOfBirth: '1966-06-06' },
      intakeNotes: MARK.notes,
      address: { line1: '2 Avoca St', suburb: 'Randwick', postcode: '2031', country: 'AU' },
    }),
  );
  if (!booked.data) throw new Error(JSON.stringify(booked.errors));
  bookingId = booked.data.createBooking.booking.id;
  bookingDay = new Date(slot.start).toLocaleDateString('en-CA', { timeZone: 'Australia/Sydney' });
});
afterAll(async () => {
  await t?.close();
});

describe('health data at rest', () => {
  it('is nowhere in the database as plaintext: every text, bytea and array column of every table searched', async () => {
    const columns = await t.sql<{ table_name: string; column_name: string; data_type: string }>(
      `select table_name, column_name, data_type from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'bytea', 'ARRAY', 'jsonb', 'character varying')`,
    );
    expect(columns.length).toBeGreaterThan(20);
    for (const word of Object.values(MARK)) {
      for (const c of columns) {
        const [found] = await t.sql<{ n: number }>(
          c.data_type === 'bytea'
            ? `select count(*)::int as n from "${c.table_name}" where position(convert_to(?, 'UTF8') in "${c.column_name}") > 0`
            : `select count(*)::int as n from "${c.table_name}" where "${c.column_name}"::text ilike '%' || ? || '%'`,
          [word],
        );
        expect(found?.n, `${word} in ${c.table_name}.${c.column_name}`).toBe(0);
      }
    }
    // the document's own bytes are not there either
    const [pdf] = await t.sql<{ n: number }>(
      "select count(*)::int as n from referral_document where position(convert_to('%PDF', 'UTF8') in content) > 0",
    );
    expect(pdf?.n).toBe(0);
  });

  it('reads back through the API, and a value moved to another row does not open', async () => {
    const { data } = await t.graphql<{ referral: { health: { diagnosis: string; precautions: string } } }>(
      'query ($id: ID!) { referral(id: $id) { health { diagnosis precautions } } }',
      { id: referralId },
      asStaff(admin),
    );
    expect(data?.referral.health).toEqual({ diagnosis: MARK.diagnosis, precautions: MARK.precautions });
    const [row] = await t.sql<{ diagnosis: Buffer }>('select diagnosis from referral where id = ?', [referralId]);
    const keys = t.api.database.keys;
    expect(() => keys.open(row?.diagnosis ?? Buffer.alloc(0), `referral.precautions:${referralId}`)).toThrow(SealError);
  });
});

/** Every type a field's answer can reach. */
function reachable(root: GraphQLNamedType, seen = new Set<string>()): Set<string> {
  if (seen.has(root.name)) return seen;
  seen.add(root.name);
  const children = isObjectType(root) || isInterfaceType(root) ? Object.values(root.getFields()) : [];
  for (const field of children) reachable(getNamedType(field.type), seen);
  if (isUnionType(root)) for (const member of root.getTypes()) reachable(member, seen);
  return seen;
}

const HEALTH_TYPES = ['ReferralHealth', 'CareNotes'];

/** Each query that can return health data, asked for it; a new one fails the first test until it is walked here. */
const WALK: Record<string, (ids: { referral: string; booking: string }) => { query: string; variables?: object }> = {
  referral: ({ referral }) => ({
    query: 'query ($id: ID!) { referral(id: $id) { health { diagnosis } } }',
    variables: { id: referral },
  }),
  referrals: () => ({ query: '{ referrals(first: 3) { edges { node { health { diagnosis } } } } }' }),
  staffBooking: ({ booking }) => ({
    query: 'query ($id: ID!) { staffBooking(id: $id) { careNotes { intakeNotes precautions } } }',
    variables: { id: booking },
  }),
  staffCalendar: () => ({
    query:
      'query ($from: Date!, $to: Date!) { staffCalendar(from: $from, to: $to) { bookings { careNotes { intakeNotes } } } }',
    variables: { from: bookingDay, to: bookingDay },
  }),
  staffBookings: () => ({
    query: `{ staffBookings(filter: { search: "" }, first: 100) { edges { node { careNotes { intakeNotes } } } } }`,
  }),
};

describe('the audit log', () => {
  it('has a row, in the same request, for every query that can return health data', async () => {
    const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../../schema.graphql'), 'utf8'));
    const healthQueries = Object.values(schema.getQueryType()?.getFields() ?? {})
      .filter((f) => HEALTH_TYPES.some((type) => reachable(getNamedType(f.type)).has(type)))
      .map((f) => f.name)
      .sort();
    expect(healthQueries).toEqual(Object.keys(WALK).sort());

    for (const [name, ask] of Object.entries(WALK)) {
      const response = await t.post(ask({ referral: referralId, booking: bookingId }), asStaff(admin));
      const body = (await response.json()) as { errors?: unknown };
      expect(body.errors, name).toBeUndefined();
      const requestId = response.headers.get('x-request-id');
      const rows = await t.sql<{ action: string; actor_role: string; fields: string[] }>(
        'select action, actor_role, fields from health_audit where request_id = ?',
        [requestId],
      );
      expect(rows.length, name).toBeGreaterThan(0);
      expect(
        rows.every((r) => r.action === 'READ' && r.actor_role === 'ADMIN'),
        name,
      ).toBe(true);
    }
  });

  it('records reading the document, and entering the referral and the intake notes', async () => {
    const response = await fetch(`${t.url}/documents/referrals/${referralId}`, { headers: asStaff(admin) });
    expect(response.status).toBe(200);
    const [read] = await t.sql<{ record_type: string }>('select record_type from health_audit where request_id = ?', [
      response.headers.get('x-request-id'),
    ]);
    expect(read?.record_type).toBe('referral_document');
    const created = await t.sql<{ record_type: string; record_id: string }>(
      "select record_type, record_id from health_audit where action = 'CREATE' and record_id in (?, ?) order by id",
      [referralId, bookingId],
    );
    expect(created.map((r) => r.record_type)).toEqual(['referral', 'referral_document', 'booking']);
  });

  it('can only be appended to, whoever asks', async () => {
    for (const statement of [
      "update health_audit set action = 'READ'",
      'delete from health_audit',
      'truncate health_audit',
    ]) {
      await expect(t.sql(statement), statement).rejects.toThrow(/can only be appended to/);
    }
  });

  it('lists entries for an admin, filtered by record, action and actor', async () => {
    const { data, errors } = await t.graphql<{
      healthAudit: { entries: { action: string; recordType: string; actorName: string | null; fields: string[] }[] };
    }>(
      'query ($f: HealthAuditFilter) { healthAudit(filter: $f, first: 100) { entries { action recordType actorName fields } endCursor } }',
      { f: { recordId: referralId, action: 'CREATE' } },
      asStaff(admin),
    );
    expect(errors).toBeUndefined();
    expect(data?.healthAudit.entries.map((e) => e.recordType).sort()).toEqual(['referral', 'referral_document']);
    expect(data?.healthAudit.entries[0]?.actorName).toBeTruthy();
    const refused = await t.graphql(
      '{ healthAudit { endCursor } }',
      {},
      asStaff(await signIn(t, DEMO_LOGINS.COORDINATOR)),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('retention', () => {
  it('purges referrals and intake notes past the retention period, and audits that it did', async () => {
    // a referral of long ago, and a booking that ended long ago
    await t.sql(
      `update referral set created_at = now() - interval '400 days', issued_on = current_date - 400,
         expires_on = current_date - 300 where code = 'RX-DEMO-KNEE'`,
    );
    const [old] = await t.sql<{ id: string }>("select id from referral where code = 'RX-DEMO-KNEE'");
    const [past] = await t.sql<{ id: string }>(
      `update booking set intake_notes = ?, starts_at = starts_at - interval '400 days', ends_at = ends_at - interval '400 days',
         busy = tstzrange(lower(busy) - interval '400 days', upper(busy) - interval '400 days', '[)')
        where id = (select id from booking where status = 'COMPLETED' order by starts_at limit 1) returning id`,
      [t.api.database.keys.seal('old notes', 'booking.intake_notes:placeholder')],
    );
    const purged = await purgeExpiredHealthData(t.api.database.orm.em.fork(), 30, undefined, SYSTEM);
    expect(purged).toEqual({ referrals: 1, documents: 0, intakeNotes: 1 });
    const [row] = await t.sql<Record<string, unknown>>(
      `select diagnosis, diagnosis_code, precautions, conditions, holder_family_name, purged_at is not null as purged
         from referral where id = ?`,
      [old?.id],
    );
    expect(row).toEqual({
      diagnosis: null,
      diagnosis_code: null,
      precautions: null,
      conditions: [],
      holder_family_name: null,
      purged: true,
    });
    const [notes] = await t.sql<{ intake_notes: unknown }>('select intake_notes from booking where id = ?', [past?.id]);
    expect(notes?.intake_notes).toBeNull();
    const audited = await t.sql<{ record_type: string }>(
      "select record_type from health_audit where action = 'PURGE' and record_id in (?, ?) order by record_type",
      [old?.id, past?.id],
    );
    expect(audited.map((a) => a.record_type)).toEqual(['booking', 'referral']);
    // what is recent stays; a second run finds nothing
    expect(await purgeExpiredHealthData(t.api.database.orm.em.fork(), 30, undefined, SYSTEM)).toEqual({
      referrals: 0,
      documents: 0,
      intakeNotes: 0,
    });
    const { data } = await t.graphql<{ referral: { health: unknown; purgedAt: string | null } }>(
      'query ($id: ID!) { referral(id: $id) { purgedAt health { diagnosis } } }',
      { id: old?.id },
      asStaff(admin),
    );
    expect(data?.referral.health).toBeNull();
    expect(data?.referral.purgedAt).toBeTruthy();
  });
});

describe('key rotation', () => {
  it('seals every value again with the new key; the old key can then go', async () => {
    const oldRing = t.api.database.keys;
    const next = newHealthKey();
    const rotating = new KeyRing([next, ...oldRing.keys]);
    const counts = await resealHealthData(t.api.database.orm.em.fork(), rotating, 'rotate', undefined);
    const total = counts.reduce((sum, c) => sum + c.resealed, 0);
    expect(total).toBeGreaterThanOrEqual(5);
    for (const { table, column } of SEALED_COLUMNS) {
      const [stale] = await t.sql<{ n: number }>(
        `select count(*)::int as n from ${table} where ${column} is not null
          and substring(${column} from 1 for ${rotating.currentHeader.length}) <> ?`,
        [rotating.currentHeader],
      );
      expect(stale?.n, `${table}.${column}`).toBe(0);
    }
    const [row] = await t.sql<{ diagnosis: Buffer }>('select diagnosis from referral where id = ?', [referralId]);
    const place = placeOf('referral', 'diagnosis', referralId);
    expect(new KeyRing([next]).openText(row?.diagnosis ?? null, place)).toBe(MARK.diagnosis);
    expect(() => new KeyRing(oldRing.keys).openText(row?.diagnosis ?? null, place)).toThrow(SealError);
    // run again: nothing left to do
    const again = await resealHealthData(t.api.database.orm.em.fork(), rotating, 'rotate', undefined);
    expect(again.reduce((sum, c) => sum + c.resealed, 0)).toBe(0);
  });
});

describe('letters kept in a folder (DOCUMENT_DIR)', () => {
  it('writes the letter sealed to a file of its own, reads it back, and keeps none of it in the database', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mm-documents-'));
    const api = await startTestApi({ DOCUMENT_DIR: folder });
    try {
      const office = await signIn(api, DEMO_LOGINS.COORDINATOR);
      const [pending] = await api.sql<{ id: string }>("select id from referral where code = 'RX-DEMO-NECK'");
      const pdf = demoReferralPdf([MARK.letter]);
      const put = await fetch(`${api.url}/documents/referrals/${pending?.id}`, {
        method: 'PUT',
        headers: asStaff(office),
        body: pdf,
      });
      expect(put.status).toBe(200);
      const [row] = await api.sql<{ content: Buffer | null; stored_file: string }>(
        'select content, stored_file from referral_document where referral_id = ?',
        [pending?.id],
      );
      expect(row?.content).toBeNull();
      // the seed's letter and this one: the replaced file is gone
      expect(readdirSync(folder)).toEqual([row?.stored_file]);
      const sealed = readFileSync(join(folder, row?.stored_file ?? ''));
      expect(sealed.includes(Buffer.from(MARK.letter))).toBe(false);
      const got = await fetch(`${api.url}/documents/referrals/${pending?.id}`, { headers: asStaff(office) });
      expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
    } finally {
      await api.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
