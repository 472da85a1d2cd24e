import type { StaffRole } from '../../gql/graphql';

/** A section of the console: built ones have a path; the others are shown as coming soon. */
type ConsoleSection = {
  readonly label: string;
  readonly path?: string;
  readonly roles: readonly StaffRole[];
};

const everyRole: readonly StaffRole[] = ['ADMIN', 'COORDINATOR', 'THERAPIST'];

const consoleSections: readonly ConsoleSection[] = [
  { label: 'Dashboard', path: '/dashboard', roles: ['ADMIN', 'COORDINATOR'] },
  { label: 'Catalog', path: '/', roles: everyRole },
  // A therapist sees only their own bookings and column.
  { label: 'Bookings', path: '/bookings', roles: everyRole },
  { label: 'Calendar', path: '/calendar', roles: everyRole },
  { label: 'Therapists', path: '/therapists', roles: ['ADMIN', 'COORDINATOR'] },
  { label: 'Clients', path: '/clients', roles: ['ADMIN', 'COORDINATOR'] },
  { label: 'Treatments', path: '/treatments', roles: ['ADMIN', 'COORDINATOR'] },
  { label: 'Prices', path: '/prices', roles: ['ADMIN', 'COORDINATOR'] },
  { label: 'Referrals', path: '/referrals', roles: ['ADMIN', 'COORDINATOR'] },
  // every email written, sent or (without a mail server) only kept
  { label: 'Messages', path: '/messages', roles: ['ADMIN', 'COORDINATOR'] },
  { label: 'Partners', path: '/partners', roles: ['ADMIN'] },
  { label: 'Staff', path: '/staff', roles: ['ADMIN'] },
  { label: 'Audit log', path: '/audit', roles: ['ADMIN'] },
  { label: 'Your account', path: '/account', roles: everyRole },
];

/** The sections a role may use, in navigation order. */
export function sectionsFor(role: StaffRole): ConsoleSection[] {
  return consoleSections.filter((section) => section.roles.includes(role));
}
