import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium, or undefined where none is installed (under CI that is a failure). */
export function chromiumPath(): string | undefined {
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found && process.env.CI) {
    throw new Error('No Chromium found (set CHROMIUM_PATH or install the chromium package): browser tests cannot run');
  }
  if (!found) {
    console.warn(
      '\n*** Browser tests SKIPPED: no Chromium found. Install one (apt-get install chromium) or set CHROMIUM_PATH. ***\n',
    );
  }
  return found;
}

export const launchChromium = (executablePath: string): Promise<Browser> =>
  chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
