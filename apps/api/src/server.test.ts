import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-support/test-api.js';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

describe('HTTP surface', () => {
  it('answers /healthz while the process is up', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz when the database is reachable', async () => {
    const response = await fetch(`${t.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: t.kind });
  });

  const preflight = (origin: string) =>
    fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-partner-key',
      },
    });

  it("allows cross-origin calls from partners' pages and the operator's sites only", async () => {
    for (const origin of ['http://127.0.0.1:5174', 'http://127.0.0.1:5173']) {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-headers')).toBe('content-type, x-partner-key');
    }
    const stranger = await preflight('https://physio.example');
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('marks every GraphQL answer, refusals too, with its request id and as never to be cached', async () => {
    const post = (body: string) =>
      fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const ids = new Set<string | null>();
    for (const response of [await post('{"query":"{ priceTiers { id } }"}'), await post('{"query":')]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      ids.add(response.headers.get('x-request-id'));
    }
    expect(ids.size).toBe(2);
  });

  it('turns a malformed query into BAD_USER_INPUT without internals', async () => {
    const result = await t.graphql('{ treatments { nope } }');
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const syntax = await t.graphql('{ treatments {');
    expect(syntax.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('reports not ready, without leaking why, once the database is gone', async () => {
    await t.api.database.orm.close(true);
    const response = await fetch(`${t.url}/readyz`);
    expect(response.status).toBe(503);
    const result = await t.graphql('{ treatments { id } }');
    expect(result.errors?.[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toMatch(/select|pool|stack/i);
  });
});
