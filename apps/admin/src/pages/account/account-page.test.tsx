import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../testing/render-console';
import { appShellMock, casey } from '../../testing/staff-mocks';

describe('AccountPage', () => {
  it('shows the name, email and role of the signed-in account, and a way to sign out', async () => {
    // no mock for the page's own query: it is answered from what the app shell loaded
    renderConsole('/account', [appShellMock()]);

    await screen.findByRole('heading', { name: 'Your account' });
    const main = screen.getByRole('main');
    expect(await within(main).findByText(casey.email)).toBeDefined();
    expect(within(main).getByText(casey.displayName)).toBeDefined();
    expect(within(main).getByText('COORDINATOR')).toBeDefined();
    expect(within(main).getByRole('button', { name: 'Sign out' })).toBeDefined();
  });
});
