import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
const widgetDir = mkdtempSync(join(tmpdir(), 'mm-widget-'));
beforeAll(async () => {
  // as large as a real build, so that it is worth compressing
  writeFileSync(
    join(widgetDir, 'mm-booking.js'),
    `export const words = ${JSON.stringify(Array(4000).fill('word'))};\n`,
  );
  t = await startTestApi({ WIDGET_DIR: widgetDir, PUBLIC_URL: 'https://book.example.com/' });
});
afterAll(async () => {
  await t?.close();
  rmSync(widgetDir, { recursive: true, force: true });
});

it('serves the widget to pages on any origin, and tells admins the snippet URLs', async () => {
  const script = await fetch(`${t.api.url}/widget/mm-booking.js`, { headers: { origin: 'https://anyone.example' } });
  expect(script.status).toBe(200);
  expect(script.headers.get('access-control-allow-origin')).toBe('*');
  expect(script.headers.get('content-type')).toMatch(/javascript/);
  const compressed = await fetch(`${t.api.url}/widget/mm-booking.js`, { headers: { 'accept-encoding': 'br' } });
  expect(compressed.headers.get('content-encoding')).toBe('br');
  expect(await compressed.text()).toBe(await script.text());
  expect((await fetch(`${t.api.url}/widget/missing.js`)).status).toBe(404);
  expect((await fetch(`${t.api.url}/widget/../package.json`)).status).toBe(404);

  const admin = asStaff(await signIn(t, DEMO_LOGINS.ADMIN));
  const { data } = await t.graphql<{ embedding: { scriptUrl: string; apiUrl: string } }>(
    '{ embedding { scriptUrl apiUrl } }',
    {},
    admin,
  );
  expect(data?.embedding).toEqual({
    scriptUrl: 'https://book.example.com/widget/mm-booking.js',
    apiUrl: 'https://book.example.com/graphql',
  });
});
