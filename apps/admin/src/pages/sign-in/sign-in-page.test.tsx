import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../testing/render-console';
import { emailInput, passwordInput, submitSignIn } from '../../testing/sign-in-form';
import {
  appShellMock,
  casey,
  caseyCredentials,
  emptyCatalogMock,
  signInMock,
  unauthenticated,
} from '../../testing/staff-mocks';

const { email, password } = caseyCredentials;

function apiError(code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [new GraphQLError(`${code} from the API`, { extensions: { code, ...extensions } })] };
}

describe('SignInPage', () => {
  it('labels its fields for password managers and starts in the email field', async () => {
    renderConsole('/sign-in', []);

    await screen.findByRole('heading', { name: 'Sign in' });
    expect(emailInput().getAttribute('autocomplete')).toBe('username');
    expect(passwordInput().getAttribute('autocomplete')).toBe('current-password');
    await waitFor(() => expect(document.activeElement).toBe(emailInput()));
  });

  it('signs in and goes to the page named by next', async () => {
    const { location } = renderConsole('/sign-in?next=%2Faccount%3Fview%3Dfull', [
      signInMock({ email, password }),
      appShellMock(),
    ]);

    await submitSignIn(` ${email} `, password);

    await waitFor(() => expect(location()).toBe('/account?view=full'));
    expect(await screen.findByRole('heading', { name: 'Your account' })).toBeDefined();
    expect(await screen.findByText(casey.email)).toBeDefined();
  });

  it('says the email or password is wrong, clears the password, and stays on sign-in', async () => {
    const { location } = renderConsole('/sign-in?next=%2Faccount', [
      signInMock({ email, password: 'not-the-password' }, unauthenticated('The email or password is not right')),
    ]);

    await submitSignIn(email, 'not-the-password');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The email or password is not right. Check both and try again.')).toBeDefined();
    expect(location()).toBe('/sign-in?next=%2Faccount');
    expect(passwordInput()).toHaveProperty('value', '');
    expect(emailInput()).toHaveProperty('value', email);
    await waitFor(() => expect(document.activeElement).toBe(passwordInput()));
  });

  it.each(['//evil.example', 'https://evil.example', '/\\evil.example'])(
    'ignores the unsafe next %s and goes to the catalog',
    async (next) => {
      const { location } = renderConsole(`/sign-in?${new URLSearchParams({ next })}`, [
        signInMock({ email, password }),
        appShellMock(),
        emptyCatalogMock(),
      ]);

      await submitSignIn(email, password);

      await waitFor(() => expect(location()).toBe('/'));
      expect(await screen.findByRole('heading', { name: 'Catalog' })).toBeDefined();
    },
  );

  it('says when to try again after too many attempts', async () => {
    renderConsole('/sign-in', [signInMock({ email, password }, apiError('RATE_LIMITED', { retryAfterSeconds: 90 }))]);

    await submitSignIn(email, password);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Too many sign-in attempts. Try again in 2 minutes.')).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('puts a malformed email on the email field', async () => {
    renderConsole('/sign-in', [
      signInMock({ email: 'casey', password }, apiError('BAD_USER_INPUT', { field: 'email' })),
    ]);

    await submitSignIn('casey', password);

    expect(await screen.findByText('Enter a whole email address, such as name@example.com.')).toBeDefined();
    expect(emailInput().getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(emailInput()));
  });

  it('says the server could not be reached when the request fails', async () => {
    renderConsole('/sign-in', [
      { request: signInMock({ email, password }).request, error: new TypeError('Failed to fetch') },
    ]);

    await submitSignIn(email, password);

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('The server could not be reached. Check your connection and try again.'),
    ).toBeDefined();
  });

  it('asks for both fields before calling the API', async () => {
    renderConsole('/sign-in', []);

    await screen.findByRole('heading', { name: 'Sign in' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your email address.')).toBeDefined();
    expect(screen.getByText('Enter your password.')).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(emailInput()));
  });
});
