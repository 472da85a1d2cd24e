import { Center, Loader } from '@mantine/core';
import type { RouteObject } from 'react-router';
import { SignInPage } from '../pages/sign-in/sign-in-page';
import { AdminAppShell } from './app-shell';
import { signInPath } from './sign-in-location';

/**
 * Every page of the console. All but sign-in live in the shell, which needs a session;
 * each of those is its own chunk, loaded when first visited, so signing in loads little.
 */
export const consoleRoutes: RouteObject[] = [
  { path: signInPath, element: <SignInPage /> },
  {
    path: '/',
    element: <AdminAppShell />,
    // shown while the first page's chunk loads
    hydrateFallbackElement: (
      <Center component="main" mih="100vh">
        <Loader aria-label="Loading the console" role="status" />
      </Center>
    ),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../pages/catalog/catalog-page')).CatalogPage }),
      },
      {
        path: 'dashboard',
        lazy: async () => ({ Component: (await import('../pages/dashboard/dashboard-page')).DashboardPage }),
      },
      {
        path: 'bookings',
        lazy: async () => ({ Component: (await import('../pages/bookings/bookings-page')).BookingsPage }),
      },
      {
        path: 'bookings/:id',
        lazy: async () => ({ Component: (await import('../pages/bookings/booking-page')).BookingPage }),
      },
      {
        path: 'calendar',
        lazy: async () => ({ Component: (await import('../pages/calendar/calendar-page')).CalendarPage }),
      },
      {
        path: 'therapists',
        lazy: async () => ({ Component: (await import('../pages/therapists/therapists-page')).TherapistsPage }),
      },
      {
        path: 'therapists/new',
        lazy: async () => ({ Component: (await import('../pages/therapists/therapist-page')).NewTherapistPage }),
      },
      {
        path: 'therapists/:id',
        lazy: async () => ({ Component: (await import('../pages/therapists/therapist-page')).TherapistPage }),
      },
      {
        path: 'clients',
        lazy: async () => ({ Component: (await import('../pages/clients/clients-page')).ClientsPage }),
      },
      {
        path: 'clients/:id',
        lazy: async () => ({ Component: (await import('../pages/clients/client-page')).ClientPage }),
      },
      {
        path: 'referrals',
        lazy: async () => ({ Component: (await import('../pages/referrals/referrals-page')).ReferralsPage }),
      },
      {
        path: 'referrals/new',
        lazy: async () => ({ Component: (await import('../pages/referrals/new-referral-page')).NewReferralPage }),
      },
      {
        path: 'referrals/:id',
        lazy: async () => ({ Component: (await import('../pages/referrals/referral-page')).ReferralPage }),
      },
      {
        path: 'messages',
        lazy: async () => ({ Component: (await import('../pages/messages/messages-page')).MessagesPage }),
      },
      {
        path: 'messages/:id',
        lazy: async () => ({ Component: (await import('../pages/messages/message-page')).MessagePage }),
      },
      {
        path: 'audit',
        lazy: async () => ({ Component: (await import('../pages/audit/audit-page')).AuditPage }),
      },
      {
        path: 'treatments',
        lazy: async () => ({ Component: (await import('../pages/treatments/treatments-page')).TreatmentsPage }),
      },
      {
        path: 'prices',
        lazy: async () => ({ Component: (await import('../pages/prices/prices-page')).PricesPage }),
      },
      {
        path: 'partners',
        lazy: async () => ({ Component: (await import('../pages/partners/partners-page')).PartnersPage }),
      },
      {
        path: 'partners/:id',
        lazy: async () => ({ Component: (await import('../pages/partners/partner-page')).PartnerPage }),
      },
      {
        path: 'staff',
        lazy: async () => ({ Component: (await import('../pages/staff/staff-page')).StaffPage }),
      },
      {
        path: 'account',
        lazy: async () => ({ Component: (await import('../pages/account/account-page')).AccountPage }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('../pages/not-found/not-found-page')).NotFoundPage }),
      },
    ],
  },
];
