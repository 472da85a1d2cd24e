// Creates a console account, the first admin above all:
//   pnpm --filter ./apps/api staff:create -- --email you@example.com --name "Your Name" [--role ADMIN]
// The password comes from STAFF_PASSWORD, or is drawn and printed once. Works on the
// configured database: DATABASE_URL (migrated), or the embedded one in DATA_DIR while no API runs on it.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { DatabaseUnavailableError, openDatabase } from '../database/database.js';
import { STAFF_ROLES, type StaffRole } from './roles.js';
import { createStaffAccount } from './staff.service.js';

const USAGE = 'usage: staff:create --email EMAIL --name "NAME" [--role ADMIN|COORDINATOR|THERAPIST] [--therapist ID]';

const isRole = (value: string): value is StaffRole => (STAFF_ROLES as readonly string[]).includes(value);

async function main(): Promise<string[]> {
  const { values } = parseArgs({
    // `pnpm … staff:create -- --email …` may hand the separator on
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'ADMIN' },
      therapist: { type: 'string' },
    },
  });
  const { role } = values;
  if (!values.email || !values.name || !isRole(role)) throw new ConfigError(USAGE);
  const config = loadConfig(process.env);
  const given = process.env.STAFF_PASSWORD;
  const password = given || randomBytes(18).toString('base64url');
  const database = await openDatabase(
    config,
    () => undefined,
    () => undefined,
    { seed: false },
  );
  try {
    const created = await createStaffAccount(database.orm.em.fork(), {
      email: values.email,
      displayName: values.name,
      role,
      therapistId: values.therapist ?? null,
      password,
    });
    if (!created.ok) throw new ConfigError(`${created.error.field ?? 'input'}: ${created.error.message}`);
    return [
      `created ${created.value.role} account ${created.value.email}`,
      ...(given ? [] : [`password (shown only now): ${password}`]),
    ];
  } finally {
    await database.close();
  }
}

main().then(
  (lines) => {
    for (const line of lines) console.log(line);
  },
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof DatabaseUnavailableError;
    console.error(known ? `cannot create the account: ${error.message}` : error);
    process.exit(1);
  },
);
