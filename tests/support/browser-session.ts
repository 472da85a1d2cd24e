import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';
import { startTestStack, type TestStack } from './stack.js';

export interface BrowserSession {
  stack(): TestStack;
  browser(): Browser;
}

/**
 * Inside a describe: the whole product and a Chromium, started before its tests and stopped after
 * (`prepare`: SQL run on the seeded database first, see startTestStack).
 */
export function useBrowserSession(
  executablePath: string,
  prepare?: string,
  apiEnv?: Record<string, string>,
): BrowserSession {
  let stack: TestStack | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    stack = await startTestStack(prepare, apiEnv);
    browser = await launchChromium(executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser session has not started');
    return value;
  };
  return { stack: () => started(stack), browser: () => started(browser) };
}
