import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../gql/graphql';
import { renderConsole } from '../testing/render-console';
import { appShellMock, casey, emptyCatalogMock, signOutMock } from '../testing/staff-mocks';

/** The links of the navigation, in order, and the entries named as coming soon. */
async function navigation() {
  const nav = await screen.findByRole('navigation', { name: 'Sections' });
  const entries = within(nav).getAllByRole('listitem');
  return {
    nav,
    links: within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent),
    comingSoon: entries
      .filter((entry) => within(entry).queryByRole('link') === null)
      .map((entry) => entry.textContent?.replace(/ \(coming soon\)$/, '')),
  };
}

describe('AdminAppShell', () => {
  it.each<[StaffRole, string[], string[]]>([
    [
      'ADMIN',
      [
        'Dashboard',
        'Catalog',
        'Bookings',
        'Calendar',
        'Therapists',
        'Clients',
        'Treatments',
        'Prices',
        'Referrals',
        'Messages',
        'Partners',
        'Staff',
        'Audit log',
        'Your account',
      ],
      [],
    ],
    [
      'COORDINATOR',
      [
        'Dashboard',
        'Catalog',
        'Bookings',
        'Calendar',
        'Therapists',
        'Clients',
        'Treatments',
        'Prices',
        'Referrals',
        'Messages',
        'Your account',
      ],
      [],
    ],
    ['THERAPIST', ['Catalog', 'Bookings', 'Calendar', 'Your account'], []],
  ])('shows a %s exactly the sections of the role', async (role, links, comingSoon) => {
    renderConsole('/', [appShellMock(role), emptyCatalogMock()]);

    const nav = await navigation();
    expect(nav.links).toEqual(links);
    expect(nav.comingSoon).toEqual(comingSoon);
  });

  it('shows who is signed in, with their role', async () => {
    renderConsole('/', [appShellMock(), emptyCatalogMock()]);

    const header = await screen.findByRole('banner');
    expect(await within(header).findByText(casey.displayName)).toBeDefined();
    expect(within(header).getByText('COORDINATOR')).toBeDefined();
    expect(within(header).getByRole('button', { name: 'Sign out' })).toBeDefined();
  });

  it('marks the page shown as current in the navigation', async () => {
    renderConsole('/', [appShellMock(), emptyCatalogMock()]);

    const { nav } = await navigation();
    const catalog = within(nav).getByRole('link', { name: 'Catalog' });
    expect(catalog.getAttribute('aria-current')).toBe('page');

    fireEvent.click(within(nav).getByRole('link', { name: 'Your account' }));

    expect(await screen.findByRole('heading', { name: 'Your account' })).toBeDefined();
    expect(within(nav).getByRole('link', { name: 'Your account' }).getAttribute('aria-current')).toBe('page');
    expect(catalog.getAttribute('aria-current')).toBeNull();
  });

  it('signs out and shows sign-in', async () => {
    const { location } = renderConsole('/', [appShellMock(), emptyCatalogMock(), signOutMock()]);

    const header = await screen.findByRole('banner');
    fireEvent.click(await within(header).findByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(location()).toBe('/sign-in'));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeDefined();
  });
});
