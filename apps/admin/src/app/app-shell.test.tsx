import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../gql/graphql';
import { renderConsole } from '../testing/render-console';
import { appShellMock, casey, emptyCatalogMock, signOutMock } from '../testing/staff-mocks';

// An entry not built yet reads "Bookings" then "Coming soon".
const labelOf = (entry: HTMLElement) => entry.textContent?.replace(/Coming soon$/, '');

/** The labels of the navigation's entries, in order, and which of them are coming soon. */
async function navigation() {
  const nav = await screen.findByRole('navigation', { name: 'Sections' });
  const entries = within(nav).getAllByRole('link');
  return {
    nav,
    labels: entries.map(labelOf),
    comingSoon: entries.filter((entry) => entry.getAttribute('aria-disabled') === 'true').map(labelOf),
  };
}

describe('AdminAppShell', () => {
  it.each<[StaffRole, string[], string[]]>([
    [
      'ADMIN',
      ['Catalog', 'Bookings', 'Therapists', 'Referrals', 'Partners', 'Your account'],
      ['Bookings', 'Therapists', 'Referrals', 'Partners'],
    ],
    [
      'COORDINATOR',
      ['Catalog', 'Bookings', 'Therapists', 'Referrals', 'Your account'],
      ['Bookings', 'Therapists', 'Referrals'],
    ],
    ['THERAPIST', ['Catalog', 'Bookings', 'Your account'], ['Bookings']],
  ])('shows a %s exactly the sections of the role', async (role, sections, comingSoon) => {
    renderConsole('/', [appShellMock(role), emptyCatalogMock()]);

    const { labels, comingSoon: disabled } = await navigation();
    expect(labels).toEqual(sections);
    expect(disabled).toEqual(comingSoon);
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
