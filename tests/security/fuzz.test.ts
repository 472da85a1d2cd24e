import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ERROR_CODES } from '@mm/domain/errors';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiUnderTest, type Sql, startTestApiProcess } from '../support/api-process.js';
import { watchHealth } from '../support/health-watch.js';

// A schema-aware fuzzer: thousands of random and malformed requests at every query and mutation
// of the printed schema, as each kind of caller, and malformed HTTP around them. No answer may be
// a 5xx or INTERNAL_SERVER_ERROR, every refusal carries a contract code and leaks nothing, the
// process stays up, and no refused request changes the database.
//
// Every case is drawn from the seed and its index, so a failure names the seed that repeats it:
// FUZZ_SEED=<seed> pnpm --filter ./tests exec vitest run security/fuzz.test.ts
// FUZZ_REQUESTS=<n> sends more (or fewer) than the 6,000 of a test run: a longer hunt.

const SEED = Number(process.env.FUZZ_SEED ?? randomInt(2 ** 31));
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 6_000);
/** One request in ten is malformed HTTP, the rest GraphQL. */
const HTTP_CASES = Math.floor(REQUESTS / 10);
const GRAPHQL_CASES = REQUESTS - HTTP_CASES;
const CONCURRENCY = 8;
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The contract's codes a refusal may carry: INTERNAL_SERVER_ERROR is a bug, and SERVICE_UNAVAILABLE
 * (the database unreachable) cannot be an answer to input while the database is up.
 */
const CONTRACT_CODES = new Set<string>(
  ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR' && code !== 'SERVICE_UNAVAILABLE'),
);
/** What would show internals: a stack frame, PostgreSQL's words for a failed statement. */
const LEAKS = ['    at ', 'syntax error at or near', 'violates', 'relation "', 'node_modules'];
/** The seed's people (apps/api/src/seeders): no refusal may name them. */
const SEEDED_PEOPLE = ['Priya', 'Shah', 'Fraser', 'Nguyễn', 'Linh Nguyen', 'Demo Client', 'Helen Ng', 'Okafor'];

/** Every limit lifted, so that refusals are about the input, not its rate; no deliveries running beside the requests. */
const LIFTED = '1000000/60';
const ENV = {
  RATE_LIMIT_IP: LIFTED,
  RATE_LIMIT_KEY: LIFTED,
  RATE_LIMIT_SESSION: LIFTED,
  RATE_LIMIT_REFERRAL: LIFTED,
  RATE_LIMIT_REFERRAL_CODE: LIFTED,
  RATE_LIMIT_MANAGE: LIFTED,
  RATE_LIMIT_LOGIN_IP: LIFTED,
  RATE_LIMIT_LOGIN_ACCOUNT: LIFTED,
  OUTBOX_WORKER: 'false',
};

const DEMO_PARTNER_ORIGIN = 'http://127.0.0.1:5174';
const LOGINS = {
  admin: { email: 'admin@demo.example', password: 'demo-admin-password' },
  coordinator: { email: 'coordinator@demo.example', password: 'demo-coordinator-password' },
  therapist: { email: 'therapist@demo.example', password: 'demo-therapist-password' },
} as const;
const CALLERS = ['anonymous', 'publishable', 'secret', 'therapist', 'coordinator', 'admin'] as const;
type CallerName = (typeof CALLERS)[number];

const schema = buildSchema(readFileSync(join(import.meta.dirname, '../../apps/api/schema.graphql'), 'utf8'));
const ROOTS = (['query', 'mutation'] as const).flatMap((operation) => {
  const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).map((field) => ({ operation, field }));
});

// ---------------------------------------------------------------- random draws

/** mulberry32: small, fast, and the same on every machine. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Rng {
  readonly #next: () => number;
  constructor(seed: number, index: number) {
    this.#next = generator((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  }
  int(below: number): number {
    return Math.floor(this.#next() * below);
  }
  chance(p: number): boolean {
    return this.#next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from nothing');
    return item;
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
  }
}

// ---------------------------------------------------------------- values, written as literals or as JSON

/** An argument value as the fuzzer builds it; `number` keeps its text, so 1e400 and 99999999999 stay as written. */
type Value =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'enum'; readonly name: string }
  | { readonly kind: 'list'; readonly items: Value[] }
  | { readonly kind: 'object'; readonly fields: [string, Value][] }
  /** Written out already: nesting too deep to build (or print) by recursion. */
  | { readonly kind: 'raw'; readonly literal: string; readonly json: string };

const str = (value: string): Value => ({ kind: 'string', value });
const num = (text: string | number): Value => ({ kind: 'number', text: String(text) });
const NULL: Value = { kind: 'null' };

/** As written in a GraphQL document (JSON's escapes are GraphQL's). */
function literal(value: Value): string {
  switch (value.kind) {
    case 'string':
      return JSON.stringify(value.value);
    case 'number':
      return value.text;
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'enum':
      return value.name;
    case 'list':
      return `[${value.items.map(literal).join(', ')}]`;
    case 'object':
      return `{ ${value.fields.map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }`;
    case 'raw':
      return value.literal;
  }
}

/** As sent in the variables' JSON; numbers as written (1e400 is JSON, NaN is not). */
function json(value: Value): string {
  switch (value.kind) {
    case 'string':
      return JSON.stringify(value.value);
    case 'number':
      return value.text;
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'enum':
      return JSON.stringify(value.name);
    case 'list':
      return `[${value.items.map(json).join(',')}]`;
    case 'object':
      return `{${value.fields.map(([k, v]) => `${JSON.stringify(k)}:${json(v)}`).join(',')}}`;
    case 'raw':
      return value.json;
  }
}

// ---------------------------------------------------------------- plausible input

/** Ids that exist, read by an admin before the run, for well-formed requests to reach further. */
interface Known {
  readonly ids: Record<string, string[]>;
}

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Australia/Sydney' });

const ID_POOLS: Record<string, string> = {
  treatmentId: 'treatments',
  treatmentIds: 'treatments',
  therapistId: 'therapists',
  partnerId: 'partners',
  clientId: 'clients',
  actorId: 'staff',
  recordId: 'referrals',
};
const ID_POOL_OF_OPERATION: Record<string, string> = {
  referral: 'referrals',
  verifyReferral: 'referrals',
  rejectReferral: 'referrals',
  amendReferral: 'referrals',
  staffBooking: 'bookings',
  reassignBooking: 'bookings',
  reassignmentOptions: 'bookings',
  recordBookingOutcome: 'bookings',
  staffCancelBooking: 'bookings',
  therapist: 'therapists',
  updateTherapist: 'therapists',
  setTherapistActive: 'therapists',
  client: 'clients',
  updateClientContact: 'clients',
  message: 'messages',
  resendDelivery: 'messages',
  cancelPriceChange: 'prices',
  updatePartner: 'partners',
  changeStaffRole: 'staff',
  deactivateStaffAccount: 'staff',
  updateTreatment: 'treatments',
  setTreatmentActive: 'treatments',
  removeTimeOff: 'timeOff',
};

interface Draw {
  readonly rng: Rng;
  readonly known: Known;
  readonly operation: string;
  /** Every id unknown and every code wrong: a well-formed request that must be refused. */
  readonly unknownOnly: boolean;
}

function plausibleString(name: string, d: Draw): string {
  const { rng } = d;
  switch (name) {
    case 'postcode':
      return rng.pick(['2000', '2010', '2021', '0800', '9999']);
    case 'timeZone':
      return rng.pick(['Australia/Sydney', 'Australia/Perth', 'UTC']);
    case 'email':
      return `fuzz${rng.int(1000)}@example.com`;
    case 'phone':
      return rng.pick(['+61400000001', '0491 570 159']);
    case 'country':
      return 'AU';
    case 'code':
    case 'referralCode':
      return d.unknownOnly
        ? `RX-FUZZ-${rng.int(10_000)}`
        : rng.pick(['RX-DEMO-BACK', 'rx-demo-knee', 'RX-DEMO-NECK', 'RX-FUZZ-0001']);
    case 'reference':
      return `BK-${rng.uuid().slice(0, 6).toUpperCase()}`;
    case 'manageToken':
      return rng.uuid().replaceAll('-', '');
    case 'url':
      return rng.pick(['https://example.com/hook', 'http://127.0.0.1:9/hook', 'https://169.254.169.254/']);
    case 'origins':
      return rng.pick(['https://fuzz.example', 'http://127.0.0.1:5174']);
    case 'servicePostcodes':
      return '2000';
    case 'slug':
      return `fuzz-${rng.int(1000)}`;
    case 'password':
      return 'not the password at all';
    case 'locale':
      return rng.pick(['en', 'zh-CN', 'en-AU']);
    case 'start':
      return '09:00';
    case 'end':
      return '17:00';
    case 'after':
      return rng.pick(['', 'bm90LWEtY3Vyc29y', 'eyJpZCI6MX0', forgedCursor(rng), '12', '-1', '99999999999999999999']);
    case 'search':
      return rng.pick(['a', 'demo', '%', '_', '\\']);
    case 'familyName':
      return 'Tester';
    case 'idempotencyKey':
      return rng.uuid();
    case 'gender':
    case 'therapistGender':
      return rng.pick(['female', 'male', 'nonbinary']);
    default:
      return rng.pick(['fuzz', 'Fuzz Name', 'a reason', 'x']);
  }
}

/** A cursor as the API writes them (base64url of [instant, id]) around an instant or id that is not one. */
function forgedCursor(rng: Rng): string {
  const key = rng.pick([
    '2026-13-45T99:99:99Z',
    '2026-02-30T00:00:00.000000Z',
    '0000-01-01T00:00:00Z',
    '2026-11-30T13:00:00Z',
  ]);
  const id = rng.pick([rng.uuid(), 'not-a-uuid', '']);
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

function plausibleId(name: string, d: Draw): string {
  const { rng, known } = d;
  if (d.unknownOnly || rng.chance(0.2)) return rng.uuid();
  const pool = known.ids[ID_POOLS[name] ?? ID_POOL_OF_OPERATION[d.operation] ?? ''] ?? [];
  const all = Object.values(known.ids).flat();
  return pool.length > 0 && rng.chance(0.9) ? rng.pick(pool) : all.length > 0 ? rng.pick(all) : rng.uuid();
}

function plausibleNumber(name: string, rng: Rng): number {
  switch (name) {
    case 'durationMinutes':
      return rng.pick([60, 90, 45]);
    case 'first':
      return rng.pick([1, 10, 100]);
    case 'weekday':
      return rng.int(7) + 1;
    case 'sessionsAuthorised':
      return 3;
    case 'travelBufferMinutes':
      return 15;
    case 'amountMinor':
      return 12_900;
    case 'graceHours':
      return 1;
    default:
      return rng.int(5);
  }
}

function plausible(type: GraphQLInputType, name: string, d: Draw): Value {
  const { rng } = d;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return { kind: 'list', items: Array.from({ length: 1 + rng.int(2) }, () => plausible(nullable.ofType, name, d)) };
  }
  if (isInputObjectType(nullable)) {
    const fields: [string, Value][] = [];
    for (const field of Object.values(nullable.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (required || rng.chance(0.4)) fields.push([field.name, plausible(field.type, field.name, d)]);
    }
    return { kind: 'object', fields };
  }
  if (isEnumType(nullable)) return { kind: 'enum', name: rng.pick(nullable.getValues()).name };
  switch (nullable.name) {
    case 'ID':
      return str(plausibleId(name, d));
    case 'Int':
      return num(plausibleNumber(name, rng));
    case 'Float':
      return num('1.5');
    case 'Boolean':
      return { kind: 'boolean', value: rng.chance(0.5) };
    case 'Date':
      return str(name === 'dateOfBirth' ? '1984-03-09' : day(rng.int(40) - 5));
    case 'DateTime':
      return str(`${day(rng.int(30) + 1)}T0${rng.int(10)}:00:00+10:00`);
    default:
      return str(plausibleString(name, d));
  }
}

// ---------------------------------------------------------------- malformed input

/** A change to one value; `refused` when no request holding it can succeed whatever else it holds. */
interface Bad {
  readonly what: string;
  readonly value: Value;
  readonly refused: boolean;
}

/** Over the 100 KiB a body may hold. */
const HUGE = 100 * 1024 + 1;
const UNICODE = [
  '🧘‍♀️💆🏽‍♂️👨‍👩‍👧‍👦',
  '\u202Eevil\u202C',
  'שלום عليكم',
  'Z̵̧̛̗͚a̸̡͖l̵̢̛g̶̨̛o̵͙',
  'e\u0301\u0301\u0301',
  '\u200B\u200D\uFEFF',
  '１２３４',
  'Nguye\u0302\u0303n',
  '𝕱𝖚𝖟𝖟',
  '\t\n\r',
];
const INJECTIONS = [
  "' or 1=1 --",
  '"; drop table booking; --',
  '%',
  '_%_',
  '\\',
  '{{7*7}}',
  '<script>x</script>',
  '../../etc/passwd',
];
const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '20260101',
  '2026-1-1',
  '0000-00-00',
  'today',
  '2026-01-01T00:00:00Z',
  '',
];
const BAD_INSTANTS = [
  '2026-12-01T09:00:00',
  '2026-12-01 09:00:00Z',
  '2026-12-01T25:00:00Z',
  '2026-12-01T09:00:00+15:00',
  '2026-12-01T09:00:00+10:60',
  '1899-12-31T23:00:00Z',
  '2200-01-01T00:00:00Z',
  '2026-02-30T09:00:00Z',
  '2026-12-01T09:00:00.1234567891Z',
  '2026-12-01t09:00:00z',
  'now',
  '',
];
/** Dates and instants that are well formed, at the edges of what the scalars take or past what the API deals in. */
const FAR_DATES = ['1900-01-01', '2199-12-31', '9999-12-31', '0001-01-01', '2024-02-29', day(-400), day(400)];
const FAR_INSTANTS = [
  '1900-01-01T00:00:00Z',
  '2199-12-31T23:59:59+14:00',
  '2026-12-01T09:00:00.123456789-12:00',
  `${day(-1)}T00:00:00Z`,
  `${day(500)}T12:00:00Z`,
];
/** No Int takes these, written in the document or in JSON (where 1e400 is Infinity). */
const BIG_NUMBERS = ['2147483648', '-2147483649', '99999999999999999999', '1e400', '1.5', '-0.5'];
/** Ints, some odd for their field; 1e3 is one only in JSON. */
const ODD_NUMBERS = ['-1', '0', '2147483647', '-2147483648', '100000', '7', '1e3'];

/** Nested `depth` deep: objects in objects, or lists in lists. */
function nested(depth: number, lists: boolean): Value {
  const [open, openJson, close] = lists ? ['[', '[', ']'] : ['{ a: ', '{"a":', ' }'];
  return {
    kind: 'raw',
    literal: `${open.repeat(depth)}1${close.repeat(depth)}`,
    json: `${openJson.repeat(depth)}1${close.trim().repeat(depth)}`,
  };
}

function malformed(type: GraphQLInputType, d: Draw, variables: boolean): Bad {
  const { rng } = d;
  const named = getNamedType(type);
  const nonNull = isNonNullType(type);
  const textual = ['String', 'ID', 'Date', 'DateTime'].includes(named.name);
  const options: (() => Bad)[] = [
    () => ({ what: 'null', value: NULL, refused: nonNull }),
    () => ({ what: 'huge string', value: str('x'.repeat(HUGE + rng.int(50_000))), refused: true }),
    () => ({
      what: 'deep nesting',
      // a literal's depth stays within the document's 2,000 tokens; JSON has no such bound
      value: nested(variables ? rng.pick([17, 40, 1_000 + rng.int(20_000)]) : 100 + rng.int(800), rng.chance(0.5)),
      refused: true,
    }),
    () => wrongType(type, rng),
  ];
  if (textual) {
    options.push(
      () => ({ what: 'NUL byte', value: str(`RX\u0000${rng.pick(['', 'DEMO', '\u0000'])}`), refused: true }),
      () => ({ what: 'lone surrogate', value: str(rng.pick(['\uD800', 'a\uDC00b', '\uDBFF\uDBFF'])), refused: true }),
      () => ({ what: 'over the text limit', value: str('y'.repeat(10_001 + rng.int(20_000))), refused: true }),
      () => ({ what: 'unicode', value: str(rng.pick(UNICODE)), refused: false }),
      () => ({ what: 'injection', value: str(rng.pick(INJECTIONS)), refused: false }),
      () => ({ what: 'long text', value: str('z'.repeat(201 + rng.int(9_000))), refused: false }),
      () => ({ what: 'blank', value: str(rng.pick(['', ' ', '   \t'])), refused: false }),
    );
  }
  if (named.name === 'ID') {
    options.push(() => ({
      what: 'bad id',
      value: rng.chance(0.5)
        ? str(rng.pick(['not-a-uuid', '0', '{}', rng.uuid().toUpperCase(), `${rng.uuid()}x`]))
        : num(12),
      refused: false,
    }));
  }
  if (named.name === 'Date') {
    options.push(
      () => ({ what: 'bad date', value: str(rng.pick(BAD_DATES)), refused: true }),
      () => ({ what: 'far date', value: str(rng.pick(FAR_DATES)), refused: false }),
    );
  }
  if (named.name === 'DateTime') {
    options.push(
      () => ({ what: 'bad instant', value: str(rng.pick(BAD_INSTANTS)), refused: true }),
      () => ({ what: 'far instant', value: str(rng.pick(FAR_INSTANTS)), refused: false }),
    );
  }
  if (named.name === 'Int') {
    options.push(
      () => ({ what: 'out-of-range number', value: num(rng.pick(BIG_NUMBERS)), refused: true }),
      () => ({ what: 'odd number', value: num(rng.pick(ODD_NUMBERS)), refused: false }),
    );
  }
  if (isEnumType(named)) {
    options.push(() => ({
      what: 'bad enum value',
      value: {
        kind: 'enum',
        name: rng.pick(['NOT_A_VALUE', named.getValues()[0]?.name.toLowerCase() ?? 'x', 'null_']),
      },
      refused: true,
    }));
  }
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    options.push(() => {
      const base = plausible(named, 'input', d);
      const entries = base.kind === 'object' ? base.fields : [];
      return {
        what: 'unknown input field',
        value: { kind: 'object', fields: [...entries, ['bogusField', num(1)]] },
        refused: true,
      };
    });
    if (required.length > 0) {
      options.push(() => {
        const base = plausible(named, 'input', d);
        const gone = rng.pick(required).name;
        const entries = base.kind === 'object' ? base.fields.filter(([k]) => k !== gone) : [];
        return { what: 'missing input field', value: { kind: 'object', fields: entries }, refused: true };
      });
    }
  }
  return rng.pick(options)();
}

/** A value of another type that no coercion turns into this one (a list's item type is judged: one value becomes a list). */
function wrongType(type: GraphQLInputType, rng: Rng): Bad {
  const named: GraphQLNamedType = getNamedType(type);
  const what = 'wrong type';
  if (isInputObjectType(named)) return { what, value: rng.chance(0.5) ? str('{}') : num(3), refused: true };
  if (isEnumType(named))
    return { what, value: rng.chance(0.5) ? num(2) : { kind: 'boolean', value: true }, refused: true };
  switch (named.name) {
    case 'Int':
      return { what, value: rng.pick([str('12'), { kind: 'boolean', value: false }, num('12.5')]), refused: true };
    case 'Float':
      return { what, value: str('1.5'), refused: true };
    case 'Boolean':
      return { what, value: rng.pick([num(1), str('true')]), refused: true };
    default:
      // String, ID, Date, DateTime
      return {
        what,
        value: rng.pick<Value>([
          { kind: 'boolean', value: true },
          num('1.5'),
          { kind: 'object', fields: [['a', num(1)]] },
        ]),
        refused: true,
      };
  }
}

// ---------------------------------------------------------------- selections

function selectionOf(type: GraphQLOutputType, rng: Rng, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return '';
  const fields = Object.values(named.getFields());
  const chosen = new Set<string>();
  const count = 1 + rng.int(Math.min(4, fields.length));
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const field = rng.pick(fields);
    if (chosen.has(field.name)) continue;
    chosen.add(field.name);
    if (isLeafType(getNamedType(field.type))) parts.push(field.name);
    else if (depth < 3) parts.push(`${field.name} ${selectionOf(field.type, rng, depth + 1)}`);
  }
  if (parts.length === 0 || rng.chance(0.1)) parts.push('__typename');
  return `{ ${parts.join(' ')} }`;
}

// ---------------------------------------------------------------- cases

interface Case {
  readonly index: number;
  readonly caller: CallerName;
  /** The root field, or the malformation of a raw HTTP case. */
  readonly label: string;
  readonly kind: 'query' | 'mutation' | 'http';
  readonly what: readonly string[];
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Uint8Array<ArrayBuffer>;
}

type ArgumentSlot = { name: string; arg: GraphQLArgument; value: Value | undefined };

/** A malformed (or, for queries, sometimes well-formed) request for one root field. */
function graphqlCase(index: number, known: Known): Case {
  const rng = new Rng(SEED, index);
  const { operation, field } = ROOTS[index % ROOTS.length] ?? fail('no operations');
  const caller = CALLERS[Math.floor(index / ROOTS.length) % CALLERS.length] ?? 'anonymous';
  const mutation = operation === 'mutation';
  // a mutation must be refused: it holds something no request can hold, or only ids and codes that do not exist
  const unknownOnly = mutation ? needsSomethingKnown(field) && rng.chance(0.15) : rng.chance(0.1);
  const d: Draw = { rng, known, operation: field.name, unknownOnly };
  const variables = rng.chance(0.5);
  const what: string[] = [variables ? 'variables' : 'literals'];
  if (unknownOnly) what.push('unknown ids and codes');

  const slots: ArgumentSlot[] = field.args.map((arg) => {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    return { name: arg.name, arg, value: required || rng.chance(0.5) ? plausible(arg.type, arg.name, d) : undefined };
  });
  const extraArguments: string[] = [];
  let selection = selectionOf(field.type, rng, 1);
  let aliases = 1;
  let directives = '';
  let wrap = (document: string) => document;
  let refused = false;

  const mustRefuse = mutation && !unknownOnly;
  // a value that makes a mutation refused is never changed again (into one that might not)
  const locked = new Set<string>();
  const changes = mustRefuse ? 1 + rng.int(2) : unknownOnly ? rng.int(2) : rng.int(3);
  for (let c = 0; c < changes; c++) {
    const forced = mustRefuse && c === 0;
    const open = slots.filter((s) => !locked.has(s.name));
    const onValue = open.length > 0 && rng.chance(0.7);
    if (onValue) {
      const slot = rng.pick(open);
      if (!forced && rng.chance(0.15) && !(isNonNullType(slot.arg.type) && slot.arg.defaultValue === undefined)) {
        slot.value = undefined;
        what.push(`${slot.name}: left out`);
        continue;
      }
      const target = deepSlot(slot.arg.type, slot.value, rng);
      // half of a query's odd values are ones GraphQL takes, to reach the resolvers
      const wellFormed = !mutation && rng.chance(0.5);
      for (let tries = 0; tries < 20; tries++) {
        const bad = malformed(target.type, d, variables);
        if ((forced && !bad.refused) || (wellFormed && bad.refused && tries < 19)) continue;
        slot.value = target.replace(bad.value);
        what.push(`${slot.name}${target.path}: ${bad.what}`);
        refused ||= bad.refused;
        if (bad.refused && mutation) locked.add(slot.name);
        break;
      }
      if (!forced || refused) continue;
    }
    // malformations of the operation itself: each is refused whatever the values
    const kind = rng.int(11);
    refused = true;
    if (kind === 0) {
      extraArguments.push(`bogus: ${rng.pick(['1', '"x"', 'null', '{ a: 1 }'])}`);
      what.push('unknown argument');
    } else if (kind === 1) {
      const required = slots.filter((s) => isNonNullType(s.arg.type) && s.arg.defaultValue === undefined);
      if (required.length > 0) {
        const slot = rng.pick(required);
        slot.value = undefined;
        what.push(`${slot.name}: required, left out`);
      } else {
        extraArguments.push('unknownArgument: 1');
        what.push('unknown argument');
      }
    } else if (kind === 2) {
      selection = selection ? `{ notAField ${selection.slice(1)}` : '{ notAField }';
      what.push('unknown field');
    } else if (kind === 3) {
      const depth = 20 + rng.int(30);
      const on = mutation ? 'Mutation' : 'Query';
      wrap = (document) => {
        const open = document.indexOf('{');
        let body = document.slice(open + 1, document.lastIndexOf('}'));
        for (let i = 0; i < depth; i++) body = `... on ${on} { ${body} }`;
        return `${document.slice(0, open)}{ ${body} }`;
      };
      what.push(`selection ${depth} deep`);
    } else if (kind === 4) {
      aliases = 16 + rng.int(40);
      what.push(`${aliases} aliases`);
    } else if (kind === 5) {
      directives = ' @include(if: true)'.repeat(6 + rng.int(10));
      what.push('too many directives');
    } else if (kind === 6) {
      wrap = (document) => document.slice(0, 1 + rng.int(document.length - 1));
      what.push('cut short');
    } else if (kind === 7) {
      selection = isLeafType(getNamedType(field.type)) ? '{ id }' : '';
      what.push(selection ? 'selection on a leaf' : 'no selection');
    } else if (kind === 8) {
      wrap = (document) =>
        `${document} ${rng.pick(['{ __typename }', 'query { __typename }', 'fragment F on Query { ...F }', 'subscription { x }', '}'])}`;
      what.push('second definition');
    } else if (kind === 9) {
      wrap = (document) => document.replace(/^(query|mutation)/, 'subscription');
      what.push('subscription');
    } else {
      // unknown directive, or one in the wrong place
      directives = rng.pick([' @bogus', ' @skip', ' @deprecated', ' @include(if: "yes")']);
      what.push('bad directive');
    }
  }

  // the document and its variables
  const declarations: string[] = [];
  const variableValues: string[] = [];
  const args: string[] = [];
  for (const slot of slots) {
    if (slot.value === undefined) continue;
    if (variables) {
      let declared = String(slot.arg.type);
      if (rng.chance(0.03)) {
        declared = getNamedType(slot.arg.type).name === 'Boolean' ? 'Int' : 'Boolean';
        what.push(`$${slot.name} declared ${declared}`);
        refused = true;
      }
      declarations.push(`$${slot.name}: ${declared}`);
      args.push(`${slot.name}: $${slot.name}`);
      if (!rng.chance(0.02)) variableValues.push(`${JSON.stringify(slot.name)}:${json(slot.value)}`);
      else {
        what.push(`$${slot.name} not sent`);
        refused ||= isNonNullType(slot.arg.type);
      }
    } else {
      args.push(`${slot.name}: ${literal(slot.value)}`);
    }
  }
  if (variables && rng.chance(0.05)) variableValues.push(`"undeclared":${rng.pick(['1', '"x"', '{"a":[1,2]}'])}`);
  args.push(...extraArguments);
  const argText = args.length > 0 ? `(${args.join(', ')})` : '';
  const name = rng.chance(0.2) ? ` Fuzz${index}` : '';
  const header = `${operation}${name}${declarations.length > 0 ? ` (${declarations.join(', ')})` : ''}`;
  const fields = Array.from(
    { length: aliases },
    (_, i) => `${aliases > 1 ? `a${i}: ` : ''}${field.name}${argText}${directives} ${selection}`,
  );
  const query = wrap(`${header} { ${fields.join(' ')} }`);
  const envelope = [`"query":${JSON.stringify(query)}`];
  if (variableValues.length > 0 || (variables && rng.chance(0.5)))
    envelope.push(`"variables":{${variableValues.join(',')}}`);
  if (name && rng.chance(0.2)) {
    envelope.push(`"operationName":${JSON.stringify(rng.pick(['Other', 'Fuzz', 'fuzz']))}`);
    what.push('operationName that names no operation');
    refused = true;
  }
  if (mutation && !refused && !unknownOnly)
    throw new Error(`case ${index}: a mutation that may succeed (${what.join(', ')})`);
  return {
    index,
    caller,
    label: field.name,
    kind: operation,
    what,
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: `{${envelope.join(',')}}`,
  };
}

/** Names of text that must match something that exists: a wrong one is refused. */
const SECRETS = new Set(['reference', 'manageToken', 'code']);

/**
 * Whether every well-formed request for the field names something that must exist (an id, a
 * booking's reference and token, a referral code), so that one naming nothing that exists is refused.
 * Signing in with a password nobody has is refused too.
 */
function needsSomethingKnown(field: GraphQLField<unknown, unknown>): boolean {
  if (field.name === 'signIn') return true;
  const needs = (type: GraphQLInputType, name: string, seen: ReadonlySet<string>): boolean => {
    if (!isNonNullType(type)) return false;
    const named = getNamedType(type);
    if (named.name === 'ID' || SECRETS.has(name)) return true;
    if (!isInputObjectType(named) || seen.has(named.name)) return false;
    return Object.values(named.getFields()).some(
      (f) => f.defaultValue === undefined && needs(f.type, f.name, new Set([...seen, named.name])),
    );
  };
  return field.args.some((a) => a.defaultValue === undefined && needs(a.type, a.name, new Set()));
}

function fail(message: string): never {
  throw new Error(message);
}

/**
 * A place inside a value to malform: the value itself, an input field, a list item.
 * `replace` answers the whole value with that place replaced.
 */
function deepSlot(
  type: GraphQLInputType,
  value: Value | undefined,
  rng: Rng,
): { type: GraphQLInputType; path: string; replace: (v: Value) => Value } {
  const here = { type, path: '', replace: (v: Value) => v };
  if (value === undefined || rng.chance(0.4)) return here;
  const nullable = getNullableType(type);
  if (isListType(nullable) && value.kind === 'list' && value.items.length > 0) {
    const i = rng.int(value.items.length);
    const inner = deepSlot(nullable.ofType, value.items[i], rng);
    return {
      type: inner.type,
      path: `[${i}]${inner.path}`,
      replace: (v) => ({ kind: 'list', items: value.items.map((item, j) => (j === i ? inner.replace(v) : item)) }),
    };
  }
  if (isInputObjectType(nullable) && value.kind === 'object' && value.fields.length > 0) {
    const [name, fieldValue] = rng.pick(value.fields);
    const fieldType = nullable.getFields()[name]?.type;
    if (!fieldType) return here;
    const inner = deepSlot(fieldType, fieldValue, rng);
    return {
      type: inner.type,
      path: `.${name}${inner.path}`,
      replace: (v) => ({
        kind: 'object',
        fields: value.fields.map(([k, old]) => [k, k === name ? inner.replace(v) : old]),
      }),
    };
  }
  return here;
}

/** Malformed HTTP around GraphQL: bodies, content types, methods, headers. */
function httpCase(index: number): Case {
  const rng = new Rng(SEED, 1_000_000 + index);
  const caller = rng.pick(CALLERS);
  const ok = '{"query":"{ __typename }"}';
  const json = { 'content-type': 'application/json' };
  const post = (
    what: string,
    body: string | Uint8Array<ArrayBuffer>,
    headers: Record<string, string> = json,
  ): Case => ({
    index,
    caller,
    label: what,
    kind: 'http',
    what: [what],
    method: 'POST',
    path: '/graphql',
    headers,
    body,
  });
  const kinds: (() => Case)[] = [
    () =>
      post(
        'invalid JSON',
        rng.pick([
          '{"query": "{ __typename }"',
          "{'query': '{ __typename }'}",
          '{"query":"{ __typename }",}',
          '{"query":"{ __typename }"}}',
          '{"query":"{ __typename }","variables":{"a":NaN}}',
          '{"query":"{ __typename }","variables":{"a":undefined}}',
          '\uFEFF{"query":"{ __typename }"}',
          '{"query":"\u0000"}',
          '{"query":"\\ud800"',
          '{',
          '}',
          'query { __typename }',
          '\u0000\u0001\u0002',
          '{"query":"{ __typename }"}garbage',
        ]),
      ),
    () =>
      post(
        'JSON that is not an object',
        rng.pick(['[]', `[${ok},${ok}]`, `[${ok}]`, '"{ __typename }"', '123', 'null', 'true', '[[[[]]]]']),
      ),
    () =>
      post('wrong content type', ok, {
        'content-type': rng.pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/graphql',
          'application/graphql-response+json',
          'application/jsonx',
          'application/json-seq',
          'application/json; charset=latin1',
          'application/json; charset=utf-16',
          'application/json; charset="nonsense"',
          'application/json;;;',
          'json',
          '*/*',
        ]),
      }),
    // a string body would be sent as text/plain: bytes go without a type
    () => post('no content type', new TextEncoder().encode(ok), {}),
    () => ({
      ...post('GET with a query', ''),
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(rng.pick(['{ __typename }', '{ treatments { id } }', 'mutation { signOut }']))}`,
      body: undefined,
    }),
    () => ({ ...post('another method', ok), method: rng.pick(['PUT', 'DELETE', 'PATCH']) }),
    () => post('empty body', rng.pick(['', ' ', '\n\n'])),
    () => {
      const size = rng.pick([100 * 1024 + 1, 150_000, 2_000_000]);
      return post('huge body', `{"query":"{ __typename }","variables":{"pad":"${'p'.repeat(size)}"}}`);
    },
    () => post('batched array', `[${Array.from({ length: 1 + rng.int(50) }, () => ok).join(',')}]`),
    () =>
      post(
        'unknown or odd top-level keys',
        rng.pick([
          '{"query":"{ __typename }","bogus":1}',
          '{"query":"{ __typename }","variables":"{}"}',
          '{"query":"{ __typename }","variables":[]}',
          '{"query":"{ __typename }","variables":5}',
          '{"query":"{ __typename }","operationName":5}',
          '{"query":"{ __typename }","extensions":"x"}',
          '{"query":5}',
          '{"query":null}',
          '{"query":""}',
          '{"query":{"a":1}}',
          '{"query":["{ __typename }"]}',
          '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
          '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
          '{"variables":{}}',
          '{"__proto__":{"query":"{ __typename }"}}',
          '{"query":"{ __typename }","__proto__":{"polluted":true}}',
        ]),
      ),
    () => {
      const bytes = rng.pick([
        { what: 'a gzip body', body: new Uint8Array(gzipSync(ok)), encoding: 'gzip' },
        {
          what: 'bytes that are not compressed',
          body: new TextEncoder().encode('not compressed at all'),
          encoding: rng.pick(['gzip', 'deflate', 'br']),
        },
        {
          what: 'a gzip bomb',
          body: new Uint8Array(gzipSync(`{"query":"{ __typename }","variables":{"p":"${'0'.repeat(3_000_000)}"}}`)),
          encoding: 'gzip',
        },
        { what: 'gzip cut short', body: new Uint8Array(gzipSync(ok).subarray(0, 12)), encoding: 'gzip' },
      ]);
      return post(`content encoding ${bytes.encoding}: ${bytes.what}`, bytes.body, {
        ...json,
        'content-encoding': bytes.encoding,
      });
    },
    () =>
      post('unsupported content encoding', ok, {
        ...json,
        'content-encoding': rng.pick(['compress', 'x-unknown', 'gzip, br']),
      }),
    () =>
      post('odd caller headers', ok, {
        ...json,
        ...rng.pick<Record<string, string>>([
          { origin: 'https://evil.example' },
          { origin: 'null' },
          { 'x-partner-key': 'pk_demo_harbourside', authorization: 'Bearer sk_nope' },
          { authorization: 'Basic YWRtaW46YWRtaW4=' },
          { authorization: 'Bearer' },
          { authorization: 'Bearer pk_demo_harbourside' },
          { 'x-partner-key': 'pk_nope' },
          { 'x-partner-key': 'sk_nope' },
          { 'x-partner-key': 'pk_demo_harbourside', origin: 'https://evil.example' },
          { 'x-partner-key': 'pk_\u00e9\u00e8' },
          { 'x-partner-key': ' ' },
          { cookie: 'mm_session=garbage; __Host-mm_session=%zz%' },
          { cookie: `mm_session=${'a'.repeat(4000)}` },
          { cookie: '=;=;;;' },
        ]),
      }),
  ];
  return rng.pick(kinds)();
}

// ---------------------------------------------------------------- the run

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
}

interface Outcome {
  readonly status: number;
  readonly ms: number;
  readonly codes: readonly string[];
  readonly refused: boolean;
  readonly problems: readonly string[];
  readonly healthRead: boolean;
}

let api: ApiUnderTest;
const callerHeaders = {} as Record<CallerName, Record<string, string>>;
let known: Known = { ids: {} };

async function graphql(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await api.post({ query, variables }, headers);
  return { response, body: (await response.json()) as Answer };
}

async function signIn(login: { email: string; password: string }): Promise<Record<string, string>> {
  const { response, body } = await graphql('mutation ($i: SignInInput!) { signIn(input: $i) { id } }', { i: login });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  return { cookie };
}

beforeAll(async () => {
  console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} repeats this run)`);
  api = await startTestApiProcess(ENV);
  callerHeaders.anonymous = {};
  callerHeaders.publishable = { 'x-partner-key': 'pk_demo_harbourside', origin: DEMO_PARTNER_ORIGIN };
  callerHeaders.admin = await signIn(LOGINS.admin);
  callerHeaders.coordinator = await signIn(LOGINS.coordinator);
  callerHeaders.therapist = await signIn(LOGINS.therapist);
  const { body } = await graphql(
    `{ partners { id name } treatments: staffTreatments { id } therapists(includeInactive: true) { id timeOff { id } }
       staff: staffAccounts { id } prices: priceHistory { id }
       referrals(first: 30) { edges { node { id } } } bookings: staffBookings(first: 30) { edges { node { id } } }
       clients(first: 30) { edges { node { id } } } messages(first: 30) { edges { node { id } } } }`,
    {},
    callerHeaders.admin,
  );
  const data = body.data ?? fail(`the admin's read failed: ${JSON.stringify(body.errors)}`);
  type Row = { id: string; timeOff?: { id: string }[] };
  const list = (key: string) => (data[key] ?? []) as Row[];
  const page = (key: string) => ((data[key] as { edges: { node: Row }[] }).edges ?? []).map((e) => e.node);
  const partners = (data.partners ?? []) as { id: string; name: string }[];
  const demo = partners.find((p) => p.name === 'Harbourside Physio') ?? fail('no demo partner');
  known = {
    ids: {
      partners: partners.map((p) => p.id),
      treatments: list('treatments').map((r) => r.id),
      therapists: list('therapists').map((r) => r.id),
      timeOff: list('therapists').flatMap((r) => (r.timeOff ?? []).map((t) => t.id)),
      staff: list('staff').map((r) => r.id),
      prices: list('prices').map((r) => r.id),
      referrals: page('referrals').map((r) => r.id),
      bookings: page('bookings').map((r) => r.id),
      clients: page('clients').map((r) => r.id),
      messages: page('messages').map((r) => r.id),
    },
  };
  const issued = await graphql(
    'mutation ($p: ID!) { issuePartnerKey(partnerId: $p, kind: SECRET) { token } }',
    { p: demo.id },
    callerHeaders.admin,
  );
  const token = (issued.body.data?.issuePartnerKey as { token?: string } | undefined)?.token;
  callerHeaders.secret = { authorization: `Bearer ${token ?? fail('no secret key')}` };
});
afterAll(async () => {
  await api?.stop();
});

/** Rows and an md5 of every table but the rate limiter's counters, without the columns every request may stamp. */
const SKIPPED_TABLES = new Set(['rate_limit']);
const SKIPPED_COLUMNS: Record<string, readonly string[]> = {
  staff_session: ['last_seen_at'], // each request of a session
  partner_key: ['last_used_at'], // each key's use, once a minute
};
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function fingerprint(sql: Sql, auditUpTo?: number): Promise<{ tables: Map<string, string>; auditMax: number }> {
  const tables = new Map<string, string>();
  const names = await sql(
    "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1",
  );
  const digest = async (from: string) => {
    const [row] = await sql(
      `select count(*)::int as rows, md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as md5 from (${from}) t`,
    );
    return `${row?.rows} rows, md5 ${row?.md5}`;
  };
  for (const { name } of names) {
    const table = String(name);
    if (SKIPPED_TABLES.has(table)) continue;
    const columns = (
      await sql(
        `select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = '${table}' order by ordinal_position`,
      )
    )
      .map((r) => String(r.name))
      .filter((c) => !SKIPPED_COLUMNS[table]?.includes(c));
    tables.set(table, await digest(`select ${columns.map(quote).join(', ')} from ${quote(table)}`));
  }
  const [max] = await sql('select coalesce(max(id), 0)::int as id from health_audit');
  const auditMax = Number(max?.id ?? 0);
  tables.set(
    'health_audit rows before the run',
    await digest(`select * from health_audit where id <= ${auditUpTo ?? auditMax}`),
  );
  return { tables, auditMax };
}

/** Sends one case and judges its answer. */
async function run(c: Case): Promise<Outcome> {
  const problems: string[] = [];
  let status = 0;
  let text = '';
  const started = performance.now();
  try {
    const response = await fetch(`${api.url}${c.path}`, {
      method: c.method,
      headers: { ...callerHeaders[c.caller], ...c.headers },
      ...(c.body === undefined ? {} : { body: c.body }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    const cause =
      error instanceof Error ? `${error.name}: ${error.message} ${String(error.cause ?? '')}` : String(error);
    const ms = performance.now() - started;
    return {
      status: 0,
      ms,
      codes: ['(no answer)'],
      refused: true,
      problems: [`no answer: ${cause}`],
      healthRead: false,
    };
  }
  const ms = performance.now() - started;
  if (status >= 500) problems.push(`status ${status}`);
  let answer: Answer = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) answer = parsed as Answer;
    else problems.push('not a JSON object');
  } catch {
    problems.push('not JSON');
  }
  const errors = Array.isArray(answer.errors) ? answer.errors : [];
  const codes = errors.map((e) => String(e.extensions?.code));
  for (const code of codes) if (!CONTRACT_CODES.has(code)) problems.push(`code ${code}`);
  if (answer.errors !== undefined && errors.length === 0) problems.push('an empty errors list');
  if (status >= 400 && errors.length === 0) problems.push(`status ${status} without errors`);
  for (const leak of LEAKS) if (text.includes(leak)) problems.push(`holds "${leak.trim()}"`);
  const errorText = JSON.stringify(errors);
  for (const name of SEEDED_PEOPLE) if (errorText.includes(name)) problems.push(`an error names ${name}`);
  const roots = answer.data ? Object.values(answer.data) : [];
  const refused = errors.length > 0 && roots.every((v) => v === null);
  if (c.kind === 'mutation' && !refused) problems.push('a mutation was not refused');
  const healthRead = answer.data != null && /"(health|careNotes)":/.test(text);
  return { status, ms, codes: codes.length > 0 ? codes : ['(none)'], refused, problems, healthRead };
}

/** Runs every case, `CONCURRENCY` at a time, in index order. */
async function runAll(cases: (i: number) => Case, count: number, each: (c: Case, o: Outcome) => void) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const c = cases(next++);
        each(c, await run(c));
      }
    }),
  );
}

const tally = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const table = (map: Map<string, number>) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

describe('a schema-aware fuzzer', () => {
  it(`refuses thousands of malformed requests with contract codes, stays up, and changes nothing (seed ${SEED})`, async () => {
    const before = await api.readDatabase((sql) => fingerprint(sql));
    const started = performance.now();
    const stopWatching = await watchHealth(`${api.url}/healthz`);

    const total = GRAPHQL_CASES + HTTP_CASES;
    // raw HTTP cases are spread among the GraphQL ones
    const caseAt = (i: number) =>
      i % 10 === 9 && Math.floor(i / 10) < HTTP_CASES
        ? httpCase(Math.floor(i / 10))
        : graphqlCase(i - Math.min(Math.floor((i + 1) / 10), HTTP_CASES), known);
    const byCaller = new Map<string, number>();
    const byKind = new Map<string, number>();
    const byOperation = new Map<string, number>();
    const byMalformation = new Map<string, number>();
    const codes = new Map<string, number>();
    const statuses = new Map<string, number>();
    const failures: string[] = [];
    /** The first failing requests as sent (cut), to read without running again. */
    const examples: string[] = [];
    let sent = 0;
    let refused = 0;
    let healthRead = false;
    const slowest: { ms: number; label: string }[] = [];
    await runAll(caseAt, total, (c, outcome) => {
      sent++;
      slowest.push({ ms: outcome.ms, label: `#${c.index} ${c.label} as ${c.caller}` });
      slowest.sort((a, b) => b.ms - a.ms).splice(3);
      tally(byCaller, c.caller);
      tally(byKind, c.kind);
      tally(c.kind === 'http' ? byMalformation : byOperation, c.label);
      tally(statuses, String(outcome.status));
      for (const code of new Set(outcome.codes)) tally(codes, code);
      if (outcome.refused) refused++;
      healthRead ||= outcome.healthRead;
      if (outcome.problems.length > 0) {
        failures.push(
          `#${c.index} ${c.kind} ${c.label} as ${c.caller} [${c.what.join('; ')}]: ${outcome.problems.join(', ')}`,
        );
        if (examples.length < 5) {
          const body = typeof c.body === 'string' ? c.body : `(${c.body?.length ?? 0} bytes)`;
          examples.push(`#${c.index}: ${c.method} ${c.path} ${JSON.stringify(c.headers)} ${body.slice(0, 600)}`);
        }
      }
    });

    const probes = await stopWatching();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const output = api.output();
    console.log(
      [
        `fuzz seed ${SEED}: ${sent} requests in ${seconds} s, ${refused} refused, ${sent - refused} answered`,
        `by caller: ${table(byCaller)}`,
        `by kind: ${table(byKind)}`,
        `by operation (${byOperation.size} of ${ROOTS.length}): ${[...byOperation.entries()]
          .sort((a, b) => a[0].localeCompare(b[0]))
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}`,
        `raw HTTP: ${table(byMalformation)}`,
        `codes: ${table(codes)}`,
        `statuses: ${table(statuses)}`,
        `slowest answers: ${slowest.map((x) => `${x.label} ${x.ms.toFixed(0)} ms`).join(', ')}`,
        `/healthz: ${probes.length} probes, slowest ${Math.max(...probes).toFixed(0)} ms`,
        ...(failures.length > 0
          ? [`${failures.length} failures, the first:`, ...failures.slice(0, 30), 'sent as:', ...examples]
          : []),
      ].join('\n'),
    );

    expect(sent).toBe(REQUESTS);
    expect(sent).toBeGreaterThanOrEqual(5_000);
    for (const { field } of ROOTS)
      expect(byOperation.get(field.name) ?? 0, field.name).toBeGreaterThanOrEqual(CALLERS.length);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(codes.has('INTERNAL_SERVER_ERROR')).toBe(false);
    // the process never stopped: every probe was answered, it answers now, and it logged no error
    expect(probes.filter((ms) => ms === Number.POSITIVE_INFINITY).length).toBe(0);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const errorLines = output.split('\n').filter((line) => /"level":(50|60)/.test(line));
    expect(errorLines.slice(0, 5)).toEqual([]);

    const after = await api.readDatabase((sql) => fingerprint(sql, before.auditMax), { restart: false });
    // a successful health read appends to the audit log; the rows before the run stay as they were
    if (healthRead) {
      before.tables.delete('health_audit');
      after.tables.delete('health_audit');
    }
    expect(Object.fromEntries(after.tables)).toEqual(Object.fromEntries(before.tables));
  }, 300_000);
});
