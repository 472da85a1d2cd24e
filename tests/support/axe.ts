import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * axe-core's verdict on the page as it is now: every violation, with the elements it found.
 * Evaluated through the browser's debugging protocol, not a script tag, so that it runs on
 * pages whose Content-Security-Policy forbids inline scripts.
 */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const results = await window.axe.run();
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) console.log(`axe violations on ${what}:\n${JSON.stringify(violations, null, 2)}`);
  expect(violations).toEqual([]);
}
