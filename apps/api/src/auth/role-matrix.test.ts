import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS, DEMO_PUBLISHABLE_KEY, demoPartnerId, issueKey, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';
import { ROLE_REFUSALS } from './authorization.js';

const CALLERS = ['anonymous', 'publishable', 'secret', 'THERAPIST', 'COORDINATOR', 'ADMIN'] as const;
type CallerName = (typeof CALLERS)[number];

const EVERYONE = CALLERS;
const CONSOLE = ['anonymous', 'THERAPIST', 'COORDINATOR', 'ADMIN'] as const;
const STAFF = ['THERAPIST', 'COORDINATOR', 'ADMIN'] as const;
const OFFICE = ['COORDINATOR', 'ADMIN'] as const;
const ADMIN = ['ADMIN'] as const;

/**
 * Who may call each operation of the printed schema. Every query and mutation
 * is listed: an operation added without a decision here fails this test.
 */
const ALLOWED: Readonly<Record<string, readonly CallerName[]>> = {
  'Query.treatments': EVERYONE,
  'Query.techniques': EVERYONE,
  'Query.conditions': EVERYONE,
  'Query.priceTiers': EVERYONE,
  'Query.availability': EVERYONE,
  'Query.checkReferral': EVERYONE,
  'Query.booking': EVERYONE,
  'Query.bookingPolicy': EVERYONE,
  'Query.serviceArea': EVERYONE,
  'Mutation.createBooking': EVERYONE,
  'Mutation.bookNextSession': EVERYONE,
  'Mutation.cancelBooking': EVERYONE,
  'Mutation.rescheduleBooking': EVERYONE,
  'Mutation.signIn': CONSOLE,
  'Query.me': STAFF,
  'Mutation.signOut': STAFF,
  'Query.staffAccounts': ADMIN,
  'Mutation.createStaffAccount': ADMIN,
  'Mutation.deactivateStaffAccount': ADMIN,
  'Mutation.changeStaffRole': ADMIN,
  'Query.partners': ADMIN,
  'Query.embedding': ADMIN,
  'Mutation.createPartner': ADMIN,
  'Mutation.updatePartner': ADMIN,
  'Mutation.issuePartnerKey': ADMIN,
  'Mutation.revokePartnerKey': ADMIN,
  'Query.partnerBookings': ['secret'],
  'Query.messages': OFFICE,
  'Query.message': OFFICE,
  'Mutation.resendDelivery': OFFICE,
  'Query.webhookEndpoints': ADMIN,
  'Query.webhookDeliveries': ADMIN,
  'Mutation.addWebhookEndpoint': ADMIN,
  'Mutation.rotateWebhookSecret': ADMIN,
  'Mutation.removeWebhookEndpoint': ADMIN,
  'Query.staffBookings': STAFF,
  'Query.staffBooking': STAFF,
  'Query.reassignmentOptions': OFFICE,
  'Query.staffCalendar': STAFF,
  'Query.therapists': OFFICE,
  'Query.therapist': OFFICE,
  'Mutation.createTherapist': OFFICE,
  'Mutation.updateTherapist': OFFICE,
  'Mutation.setTherapistActive': OFFICE,
  'Mutation.setWeeklySchedule': OFFICE,
  'Mutation.addTimeOff': OFFICE,
  'Mutation.removeTimeOff': OFFICE,
  'Query.priceHistory': OFFICE,
  'Mutation.schedulePriceChange': OFFICE,
  'Mutation.cancelPriceChange': OFFICE,
  'Query.clients': OFFICE,
  'Query.client': OFFICE,
  'Mutation.updateClientContact': OFFICE,
  'Query.staffTreatments': OFFICE,
  'Query.dashboard': OFFICE,
  'Mutation.createTreatment': OFFICE,
  'Mutation.updateTreatment': OFFICE,
  'Mutation.setTreatmentActive': OFFICE,
  'Mutation.staffCancelBooking': OFFICE,
  'Mutation.recordBookingOutcome': STAFF,
  'Mutation.reassignBooking': OFFICE,
  'Query.referrals': OFFICE,
  'Query.referral': OFFICE,
  'Mutation.enterReferral': OFFICE,
  'Mutation.submitReferral': EVERYONE,
  'Mutation.verifyReferral': OFFICE,
  'Mutation.rejectReferral': OFFICE,
  'Mutation.amendReferral': OFFICE,
  'Query.healthAudit': ADMIN,
};

const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../../schema.graphql'), 'utf8'));

/** A value of the type that passes GraphQL's own checks, so that only the role rule can refuse early. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  const scalars: Record<string, unknown> = {
    ID: '00000000-0000-4000-8000-000000000000',
    String: 'x',
    Int: 1,
    Boolean: false,
    DateTime: '2030-01-01T10:00:00+11:00',
    Date: '2030-01-01',
  };
  if (isScalarType(type) && type.name in scalars) return scalars[type.name];
  throw new Error(`no sample for ${String(type)}`);
}

function request(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? '{ __typename }' : '';
  return {
    query: `${kind}${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type)])),
  };
}

const operations = [
  ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => ({
    name: `Query.${f.name}`,
    ...request('query', f),
  })),
  ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => ({
    name: `Mutation.${f.name}`,
    ...request('mutation', f),
  })),
  // signing out ends the session the next calls use: last
].sort((a, b) => Number(a.name === 'Mutation.signOut') - Number(b.name === 'Mutation.signOut'));

let t: TestApi;
const headers = {} as Record<CallerName, Record<string, string>>;
beforeAll(async () => {
  t = await startTestApi();
  const admin = await signIn(t, DEMO_LOGINS.ADMIN);
  const secret = await issueKey(t, admin, await demoPartnerId(t, admin), 'SECRET');
  headers.anonymous = {};
  headers.publishable = { 'x-partner-key': DEMO_PUBLISHABLE_KEY };
  headers.secret = { authorization: `Bearer ${secret.token}` };
  for (const role of STAFF) headers[role] = { cookie: await signIn(t, DEMO_LOGINS[role]) };
});
afterAll(async () => {
  await t?.close();
});

describe('the role matrix', () => {
  it('has a rule for every query and mutation of the printed schema, and no others', () => {
    expect(operations.map((o) => o.name).sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('holds operations asked through fragments, or beside allowed ones, to their rules: nothing runs', async () => {
    const inline = await t.post({ query: '{ treatments { id } ... on Query { partners { id } } }' });
    expect(inline.status).toBe(401);
    expect(await inline.json()).toEqual({
      errors: [{ message: ROLE_REFUSALS.UNAUTHENTICATED, extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const named = await t.post(
      { query: 'query { ...Staff } fragment Staff on Query { staffAccounts { id } }' },
      headers.publishable,
    );
    expect(named.status).toBe(403);
    expect(((await named.json()) as { data?: unknown }).data).toBeUndefined();
  });

  it('lets each caller do exactly what the matrix allows', async () => {
    const seen: Record<string, Record<string, string>> = {};
    const expected: Record<string, Record<string, string>> = {};
    for (const operation of operations) {
      seen[operation.name] = {};
      expected[operation.name] = {};
      for (const caller of CALLERS) {
        const response = await t.post({ query: operation.query, variables: operation.variables }, headers[caller]);
        const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        const refusal = body.errors?.find((e) => Object.values(ROLE_REFUSALS).some((m) => m === e.message));
        const outcome = refusal ? (refusal.extensions?.code ?? 'NO_CODE') : 'allowed';
        (seen[operation.name] as Record<string, string>)[caller] = outcome;
        const allowed = (ALLOWED[operation.name] ?? []).includes(caller);
        (expected[operation.name] as Record<string, string>)[caller] = allowed
          ? 'allowed'
          : caller === 'anonymous'
            ? 'UNAUTHENTICATED'
            : 'FORBIDDEN';
        // nothing but the role rule may refuse a caller for who it is
        expect(body.errors?.[0]?.extensions?.code === 'INTERNAL_SERVER_ERROR', `${operation.name} as ${caller}`).toBe(
          false,
        );
      }
    }
    expect(seen).toEqual(expected);
  });
});
