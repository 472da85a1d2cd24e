import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from '../support/chromium.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const executablePath = chromiumPath();

const tiers = ['$139.00', '$174.00', '$199.00', '$259.00'];

describe.skipIf(!executablePath)('the catalogue in a real browser', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startTestStack();
    browser = await launchChromium(executablePath ?? '');
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('the partner page embeds the widget, which shows the price tiers from the API', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(stack.partnerUrl);
    const widget = page.locator('mm-booking');
    for (const price of tiers) await expect.poll(() => widget.getByText(price).count()).toBeGreaterThan(0);
    await expect.poll(() => widget.getByText('60 min').count()).toBeGreaterThan(0);
    await expect.poll(() => widget.getByText('Medical massage').count()).toBeGreaterThan(0);
    await expect.poll(() => widget.getByText('Deep tissue massage').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('the admin console lists the same treatments and price tiers', async () => {
    const page = await browser.newPage();
    await page.goto(stack.adminUrl);
    for (const price of tiers) await expect.poll(() => page.getByText(price).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Medical massage').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Lymphatic drainage').count()).toBeGreaterThan(0);
  });
});
