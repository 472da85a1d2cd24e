import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CatalogPageQuery } from '../pages/catalog/catalog-page';
import { renderConsole } from '../testing/render-console';
import { submitSignIn } from '../testing/sign-in-form';
import { appShellMock, caseyCredentials, emptyCatalogMock, signInMock, unauthenticated } from '../testing/staff-mocks';
import { AppShellQuery } from './app-shell';

describe('session expiry', () => {
  it('sends a visit without a session to sign-in, keeping the page and query in next', async () => {
    const { location } = renderConsole('/account?view=full', [
      { request: { query: AppShellQuery }, result: unauthenticated() },
    ]);

    await waitFor(() => expect(location()).toBe('/sign-in?next=%2Faccount%3Fview%3Dfull'));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeDefined();
  });

  it('sends the person to sign-in when a later operation answers UNAUTHENTICATED, and back after signing in', async () => {
    const { location } = renderConsole('/?tab=prices', [
      appShellMock(),
      { request: { query: CatalogPageQuery }, result: unauthenticated() },
      signInMock(caseyCredentials),
      appShellMock(),
      emptyCatalogMock(),
    ]);

    await waitFor(() => expect(location()).toBe('/sign-in?next=%2F%3Ftab%3Dprices'));

    await submitSignIn(caseyCredentials.email, caseyCredentials.password);

    await waitFor(() => expect(location()).toBe('/?tab=prices'));
    expect(await screen.findByRole('heading', { name: 'Catalog' })).toBeDefined();
  });

  it('does not redirect for other errors', async () => {
    const { location } = renderConsole('/', [
      appShellMock(),
      { request: { query: CatalogPageQuery }, error: new TypeError('Failed to fetch') },
    ]);

    expect(await screen.findByText('The catalog could not be loaded')).toBeDefined();
    expect(location()).toBe('/');
  });
});
