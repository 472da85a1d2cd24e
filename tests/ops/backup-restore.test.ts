import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startApiProcess } from '../../scripts/stack.mjs';
import { type ApiUnderTest, startTestApiProcess } from '../support/api-process.js';
import { type ApiTarget, apiCall, bookWithApi, sydneyDate } from '../support/console-page.js';

// A backup as docs/operations.md tells operators to take it: pg_dump -Fc of a running
// deployment, pg_restore into a new database, the API pointed at that one with the same
// health-data key. Only a PostgreSQL server is dumped this way: the embedded database
// (PGlite in DATA_DIR) has no server for pg_dump to connect to.

const serverUrl = process.env.DATABASE_URL || undefined;

/** The client tool's version line; a clear failure when it is not installed. */
function clientTool(name: string): string {
  try {
    return execFileSync(name, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      `${name} is not on PATH: install the PostgreSQL client tools of the server's major version or newer (Debian: apt-get install postgresql-client)`,
    );
  }
}

const major = (versionLine: string) => Number(/(\d+)(?:\.\d+)*/.exec(versionLine)?.[1] ?? 0);

async function onDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const withDatabaseName = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

type Headers = Record<string, string>;

/** A signed-in admin's cookie, from the API's own sign-in. */
async function adminCookie(target: ApiTarget): Promise<Headers> {
  const response = await fetch(target.stack().apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { signIn(input: { email: "admin@demo.example", password: "demo-admin-password" }) { id } }',
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return { cookie };
}

type BookingRow = { reference: string; start: string; end: string; status: string; cancelReason: string | null };

/** What an operator would check after a restore, read through the API as an admin. */
async function snapshot(target: ApiTarget, staff: Headers, refs: { referralId: string; letterReferralId: string }) {
  const bookings: BookingRow[] = [];
  let after: string | null = null;
  do {
    const page: {
      staffBookings: { edges: { node: BookingRow }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
    } = await apiCall(
      target,
      `query ($after: String) { staffBookings(first: 100, after: $after, order: BOOKED_DESC) {
         edges { node { reference start end status cancelReason } } pageInfo { endCursor hasNextPage } } }`,
      { after },
      staff,
    );
    bookings.push(...page.staffBookings.edges.map((e) => e.node));
    after = page.staffBookings.pageInfo.hasNextPage ? page.staffBookings.pageInfo.endCursor : null;
  } while (after);
  bookings.sort((a, b) => a.reference.localeCompare(b.reference));

  const { referral } = await apiCall<{
    referral: {
      code: string;
      status: string;
      sessionsUsed: number;
      health: { diagnosis: string | null; diagnosisCode: string | null; precautions: string | null } | null;
    };
  }>(
    target,
    'query ($id: ID!) { referral(id: $id) { code status sessionsUsed health { diagnosis diagnosisCode precautions } } }',
    { id: refs.referralId },
    staff,
  );

  const letter = await fetch(new URL(`/documents/referrals/${refs.letterReferralId}`, target.stack().apiUrl), {
    headers: staff,
  });
  if (!letter.ok) throw new Error(`the letter did not open: ${letter.status} ${await letter.text()}`);
  const letterSha256 = createHash('sha256')
    .update(Buffer.from(await letter.arrayBuffer()))
    .digest('hex');

  return { bookings, referral, letterSha256 };
}

async function referralIdOf(target: ApiTarget, staff: Headers, code: string): Promise<string> {
  const { referrals } = await apiCall<{ referrals: { edges: { node: { id: string; code: string } }[] } }>(
    target,
    'query ($search: String) { referrals(first: 5, filter: { search: $search }) { edges { node { id code } } } }',
    { search: code },
    staff,
  );
  const id = referrals.edges.find((e) => e.node.code === code)?.node.id;
  if (!id) throw new Error(`no referral ${code}`);
  return id;
}

/** A medical massage on the demo's RX-DEMO-BACK, with intake notes (sealed, like the referral's health data). */
async function bookMedical(target: ApiTarget, intakeNotes: string) {
  const { treatments } = await apiCall<{ treatments: { id: string; requiresReferral: boolean }[] }>(
    target,
    '{ treatments { id requiresReferral } }',
  );
  const treatmentId = treatments.find((t) => t.requiresReferral)?.id;
  const day = (n: number) => sydneyDate(Date.now() + n * 86_400_000);
  const { availability } = await apiCall<{ availability: { slots: { start: string }[] }[] }>(
    target,
    'query ($input: AvailabilityInput!) { availability(input: $input) { slots { start } } }',
    {
      input: {
        treatmentId,
        durationMinutes: 60,
        from: day(8),
        to: day(15),
        timeZone: 'Australia/Sydney',
        postcode: '2000',
      },
    },
  );
  const start = availability.flatMap((d) => d.slots)[0]?.start;
  if (!start) throw new Error('no free time for a medical massage');
  const { createBooking } = await apiCall<{
    createBooking: { manageToken: string; booking: { id: string; reference: string } };
  }>(
    target,
    'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { manageToken booking { id reference } } }',
    {
      input: {
        idempotencyKey: crypto.randomUUID(),
        treatmentId,
        durationMinutes: 60,
        start,
        referralCode: 'RX-DEMO-BACK',
        referralHolder: { familyName: 'Shah', dateOfBirth: '1984-03-09' },
        intakeNotes,
        client: { name: 'Priya Shah', email: 'priya.shah@example.com', phone: '+61412345678' },
        address: { line1: '5 Bridge St', suburb: 'Sydney', state: 'NSW', postcode: '2000', country: 'AU' },
      },
    },
  );
  return { ...createBooking.booking, manageToken: createBooking.manageToken };
}

const cleanups: (() => Promise<void> | void)[] = [];

/** `pg_dump -Fc` of the database at `url`, into a folder removed after the test; the dump's path. */
function dumpOf(url: string): string {
  const work = mkdtempSync(join(tmpdir(), 'mm-backup-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const dump = join(work, 'massage.dump');
  execFileSync('pg_dump', ['--format=custom', `--file=${dump}`, `--dbname=${url}`], { stdio: 'pipe' });
  return dump;
}

/** A new, empty database on the server with `dump` restored into it (dropped after the test); its URL. */
function restoredFrom(server: string, dump: string): string {
  const name = `mm_restore_${randomBytes(6).toString('hex')}`;
  const url = withDatabaseName(server, name);
  execFileSync('createdb', [`--maintenance-db=${server}`, name], { stdio: 'pipe' });
  cleanups.push(() => {
    execFileSync('dropdb', ['--if-exists', '--force', `--maintenance-db=${server}`, name], { stdio: 'pipe' });
  });
  execFileSync('pg_restore', ['--exit-on-error', '--no-owner', `--dbname=${url}`, dump], { stdio: 'pipe' });
  return url;
}
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('PostgreSQL backup and restore, as docs/operations.md tells operators', () => {
  it.skipIf(!serverUrl)(
    'a pg_dump -Fc restored into a new database serves the same bookings and opens the sealed health data with the same key (needs DATABASE_URL: the embedded database has no server to dump)',
    async () => {
      if (!serverUrl) return;
      const tools = Object.fromEntries(
        ['pg_dump', 'pg_restore', 'createdb', 'dropdb'].map((tool) => [tool, clientTool(tool)]),
      );
      const serverMajor = await onDatabase(serverUrl, async (c) =>
        Math.floor(Number((await c.query('show server_version_num')).rows[0]?.server_version_num) / 10_000),
      );
      expect(
        major(tools.pg_dump ?? ''),
        `${tools.pg_dump} cannot dump a PostgreSQL ${serverMajor} server: install client tools of version ${serverMajor} or newer`,
      ).toBeGreaterThanOrEqual(serverMajor);

      // The deployment's key, kept apart from the database (production requires HEALTH_DATA_KEYS).
      const healthKeys = `backup-test:${randomBytes(32).toString('base64')}`;
      const settings = { HEALTH_DATA_KEYS: healthKeys, RATE_LIMIT_IP: '100000/60' };
      const live: ApiUnderTest = await startTestApiProcess(settings);
      cleanups.push(() => live.stop());
      const liveTarget: ApiTarget = { stack: () => ({ apiUrl: new URL('/graphql', live.url).href }) };
      const liveUrl = live.databaseUrl;
      if (!liveUrl) throw new Error('the API process runs on no server database');

      // Bookings made through the API: two wellness ones (one then cancelled by staff) and a medical one.
      const kept = await bookWithApi(liveTarget, 'Jordan Lee', 3);
      const cancelled = await bookWithApi(liveTarget, 'Sam Carter', 5);
      const medical = await bookMedical(liveTarget, 'Left shoulder surgery in March; no pressure over the scar.');
      const staff = await adminCookie(liveTarget);
      await apiCall(
        liveTarget,
        'mutation ($id: ID!) { staffCancelBooking(id: $id, reason: "Client called to cancel") { status } }',
        { id: cancelled.id },
        staff,
      );
      const refs = {
        referralId: await referralIdOf(liveTarget, staff, 'RX-DEMO-BACK'),
        letterReferralId: await referralIdOf(liveTarget, staff, 'RX-DEMO-NECK'),
      };
      const careNotes = async (target: ApiTarget, headers: Headers) =>
        (
          await apiCall<{ staffBooking: { careNotes: { intakeNotes: string | null; precautions: string | null } } }>(
            target,
            'query ($id: ID!) { staffBooking(id: $id) { careNotes { intakeNotes precautions } } }',
            { id: medical.id },
            headers,
          )
        ).staffBooking.careNotes;
      const before = { ...(await snapshot(liveTarget, staff, refs)), careNotes: await careNotes(liveTarget, staff) };
      expect(before.bookings.find((b) => b.reference === cancelled.reference)?.status).toBe('CANCELLED');
      expect(before.referral.health?.diagnosis).toBe('Chronic non-specific low back pain, 8 months');
      expect(before.careNotes.intakeNotes).toContain('no pressure over the scar');

      // The backup, taken while the API runs: pg_dump reads one consistent snapshot.
      const dump = dumpOf(liveUrl);

      // The restore: a new, empty database; the dump restored into it with its owner's role.
      const restoredUrl = restoredFrom(serverUrl, dump);

      // The original is gone (its instance stopped, its database dropped): the restored one stands alone.
      await live.stop();

      // An API instance on the restored database, with the same key and an empty DATA_DIR.
      const dataDir = mkdtempSync(join(tmpdir(), 'mm-restored-'));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      const restored = await startApiProcess({
        port: await freePort(),
        env: { ...settings, DATABASE_URL: restoredUrl, DATA_DIR: dataDir },
        quiet: true,
      });
      cleanups.push(() => restored.stop());
      const restoredTarget: ApiTarget = { stack: () => ({ apiUrl: restored.graphqlUrl }) };
      const restoredStaff = await adminCookie(restoredTarget);

      // The same bookings (references, times, statuses), referral, sealed health data and letter.
      const after = {
        ...(await snapshot(restoredTarget, restoredStaff, refs)),
        careNotes: await careNotes(restoredTarget, restoredStaff),
      };
      expect(after.bookings.length).toBeGreaterThan(3);
      expect(after).toEqual(before);
      for (const made of [kept, cancelled, medical]) {
        expect(after.bookings.some((b) => b.reference === made.reference)).toBe(true);
      }
      // The used session is still used.
      expect(after.referral.sessionsUsed).toBe(before.referral.sessionsUsed);

      // A client's manage link still works: the manage tokens' key is in the database (app_secret).
      const { booking } = await apiCall<{ booking: { reference: string; status: string } | null }>(
        restoredTarget,
        'query ($reference: String!, $token: String!) { booking(reference: $reference, manageToken: $token) { reference status } }',
        { reference: kept.reference, token: kept.manageToken },
      );
      expect(booking).toEqual({ reference: kept.reference, status: 'CONFIRMED' });

      // The audit log came along, reads before the backup included, and is still append-only.
      const { healthAudit } = await apiCall<{ healthAudit: { entries: { action: string; recordId: string }[] } }>(
        restoredTarget,
        'query ($recordId: ID!) { healthAudit(first: 100, filter: { recordId: $recordId }) { entries { action recordId } } }',
        { recordId: refs.referralId },
        restoredStaff,
      );
      // the read before the backup, and the one just made on the restored instance
      expect(healthAudit.entries.filter((e) => e.action === 'READ').length).toBeGreaterThanOrEqual(2);
      await onDatabase(restoredUrl, async (c) => {
        for (const statement of [
          'delete from health_audit',
          'update health_audit set fields = fields',
          'truncate health_audit',
        ]) {
          await expect(c.query(statement), statement).rejects.toThrow('health_audit can only be appended to');
        }
      });
    },
    180_000,
  );

  it.skipIf(!serverUrl)(
    'without the health-data key a restored database serves bookings but its sealed health data does not open (needs DATABASE_URL)',
    async () => {
      if (!serverUrl) return;
      const keyFor = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
      const live = await startTestApiProcess({ HEALTH_DATA_KEYS: keyFor('kept'), RATE_LIMIT_IP: '100000/60' });
      cleanups.push(() => live.stop());
      const liveUrl = live.databaseUrl;
      if (!liveUrl) throw new Error('the API process runs on no server database');
      const dump = dumpOf(liveUrl);
      await live.stop();

      const restoredUrl = restoredFrom(serverUrl, dump);

      // The backup alone, with a key that is not the one it was sealed with.
      const dataDir = mkdtempSync(join(tmpdir(), 'mm-restored-'));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      const restored = await startApiProcess({
        port: await freePort(),
        env: {
          HEALTH_DATA_KEYS: keyFor('other'),
          DATABASE_URL: restoredUrl,
          DATA_DIR: dataDir,
          RATE_LIMIT_IP: '100000/60',
        },
        quiet: true,
      });
      cleanups.push(() => restored.stop());
      const target: ApiTarget = { stack: () => ({ apiUrl: restored.graphqlUrl }) };
      const staff = await adminCookie(target);
      const referralId = await referralIdOf(target, staff, 'RX-DEMO-BACK');

      const { staffBookings } = await apiCall<{ staffBookings: { edges: unknown[] } }>(
        target,
        '{ staffBookings(first: 5) { edges { node { reference } } } }',
        {},
        staff,
      );
      expect(staffBookings.edges.length).toBeGreaterThan(0);

      const response = await fetch(restored.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...staff },
        body: JSON.stringify({
          query: 'query ($id: ID!) { referral(id: $id) { code health { diagnosis } } }',
          variables: { id: referralId },
        }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { data?: { referral: { health: unknown } | null } | null; errors?: unknown[] };
      expect(body.errors?.length ?? 0).toBeGreaterThan(0);
      expect(body.data?.referral?.health ?? null).toBeNull();
      expect(text).not.toContain('low back pain');
    },
    180_000,
  );
});
