import type { Page } from 'playwright-core';

/** The seeded demo coordinator (apps/api/src/seeders/demo-data.ts). */
export const DEMO_COORDINATOR = { email: 'coordinator@demo.example', password: 'demo-coordinator-password' };

/** Fills in the console's sign-in form on the page and submits it. */
export async function signInToConsole(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel(/^Password/).fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The seeded demo admin. */
export const DEMO_ADMIN = { email: 'admin@demo.example', password: 'demo-admin-password' };
