import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { BrowserSession } from './browser-session.js';

/** Where the widget's step screenshots go (`npm test` keeps the latest run's). */
export const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');

export interface PartnerPage {
  page: Page;
  widget: Locator;
  /** Uncaught errors on the page. */
  errors: string[];
  /** Content-Security-Policy violations the page reported. */
  violations: string[];
  /** The widget's events, in order, with their details. */
  events(): Promise<{ type: string; detail: unknown }[]>;
}

export interface PartnerPageOptions {
  /** The device's zone; the widget must show the visits' zone whatever it is. */
  timezoneId?: string;
  locale?: string;
  path?: string;
  /** Where `path` is: the demo partner page unless given (the API serves a booking page too). */
  base?: string;
  width?: number;
}

const EVENTS = ['mm-ready', 'mm-step-change', 'mm-booking-created', 'mm-booking-changed', 'mm-error'];

/** The demo partner page (another origin than the API, under its strict CSP), as a visitor opens it. */
export async function openPartnerPage(session: BrowserSession, options: PartnerPageOptions = {}): Promise<PartnerPage> {
  const context = await session.browser().newContext({
    timezoneId: options.timezoneId ?? 'UTC',
    locale: options.locale ?? 'en-AU',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const errors: string[] = [];
  const violations: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript((names: string[]) => {
    const seen: { type: string; detail: unknown }[] = [];
    Object.assign(window, { mmEvents: seen });
    for (const type of names)
      document.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail ?? null }));
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ type: 'csp', detail: event.violatedDirective }),
    );
  }, EVENTS);
  await page.goto(new URL(options.path ?? '/', options.base ?? session.stack().partnerUrl).href);
  const widget = page.locator('mm-booking').first();
  return {
    page,
    widget,
    errors,
    violations,
    events: async () => JSON.parse(await page.evaluate(() => JSON.stringify(Reflect.get(window, 'mmEvents')))),
  };
}

/** A screenshot of the page as it is, at 1280 px and at 375 px wide, under tests/screenshots/. */
export async function screenshotStep(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(size);
}
