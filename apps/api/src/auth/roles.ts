/** Staff roles: ADMIN does everything; COORDINATOR runs the operation; THERAPIST sees their own work. */
export const STAFF_ROLES = ['ADMIN', 'COORDINATOR', 'THERAPIST'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * What an operation may require. A caller holds some of these:
 * - PUBLIC: every caller (the widget's operations);
 * - CONSOLE: calls without a partner key (the operator's own channel: signing in);
 * - PARTNER_SERVER: a partner's secret key;
 * - a staff role, from a signed-in session.
 */
export const ACCESS = ['PUBLIC', 'CONSOLE', 'PARTNER_SERVER', ...STAFF_ROLES] as const;
export type Access = (typeof ACCESS)[number];

export type PartnerKeyKind = 'PUBLISHABLE' | 'SECRET';

/** Who is calling, as established before any operation runs. */
export type Caller =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'partner';
      readonly keyKind: PartnerKeyKind;
      readonly keyId: string;
      readonly partnerId: string;
      /** The treatments the partner may sell. */
      readonly treatmentIds: ReadonlySet<string>;
    }
  | {
      readonly kind: 'staff';
      /** The hash of the session token: the session's id in the database. */
      readonly sessionId: string;
      readonly accountId: string;
      readonly role: StaffRole;
      /** The therapist a THERAPIST account belongs to. */
      readonly therapistId: string | null;
    };

export const ANONYMOUS: Caller = { kind: 'anonymous' };

// Made once: roleRuleCheck asks for a caller's grants on every request.
const staffGrants = (role: StaffRole): ReadonlySet<Access> => new Set<Access>(['PUBLIC', 'CONSOLE', role]);
const GRANTS: Readonly<Record<'anonymous' | PartnerKeyKind | StaffRole, ReadonlySet<Access>>> = {
  anonymous: new Set<Access>(['PUBLIC', 'CONSOLE']),
  PUBLISHABLE: new Set<Access>(['PUBLIC']),
  SECRET: new Set<Access>(['PUBLIC', 'PARTNER_SERVER']),
  ADMIN: staffGrants('ADMIN'),
  COORDINATOR: staffGrants('COORDINATOR'),
  THERAPIST: staffGrants('THERAPIST'),
};

export function grantsOf(caller: Caller): ReadonlySet<Access> {
  switch (caller.kind) {
    case 'anonymous':
      return GRANTS.anonymous;
    case 'partner':
      return GRANTS[caller.keyKind];
    case 'staff':
      return GRANTS[caller.role];
  }
}

/** The partner a call sells for, and what it may sell; undefined on the operator's own channel. */
export interface PartnerScope {
  readonly partnerId: string;
  readonly treatmentIds: ReadonlySet<string>;
}

export const partnerScopeOf = (caller: Caller): PartnerScope | undefined =>
  caller.kind === 'partner' ? caller : undefined;
