import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkAddress, checkEndpoint, checkEndpointUrl, EndpointRefused } from './endpoint-address.js';
import { postWebhook } from './webhook-sender.js';
import { retryDelay } from './worker.js';

const PRODUCTION = { httpsOnly: true, allowLoopback: false };
const DEVELOPMENT = { httpsOnly: false, allowLoopback: true };

describe('where webhooks may go', () => {
  it('accepts public addresses only, IPv4-mapped IPv6 judged as IPv4', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111']) {
      expect(() => checkAddress(address, PRODUCTION)).not.toThrow();
    }
    for (const address of [
      '127.0.0.1',
      '::1',
      '10.1.2.3',
      '172.31.255.255',
      '192.168.0.10',
      '169.254.169.254',
      '100.64.0.1',
      'fc00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
    ]) {
      expect(() => checkAddress(address, PRODUCTION), address).toThrow(EndpointRefused);
    }
    expect(() => checkAddress('127.0.0.1', DEVELOPMENT)).not.toThrow();
    expect(() => checkAddress('10.1.2.3', DEVELOPMENT)).toThrow(EndpointRefused);
  });

  it('wants https in production', () => {
    expect(() => checkEndpointUrl('http://hooks.example.com/x', PRODUCTION)).toThrow('must be an https:// URL');
    expect(checkEndpointUrl('https://hooks.example.com/x', PRODUCTION).hostname).toBe('hooks.example.com');
    expect(checkEndpointUrl('http://hooks.example.com/x', DEVELOPMENT).protocol).toBe('http:');
  });

  it('resolves names at registration: localhost is loopback', async () => {
    await expect(checkEndpoint('https://localhost/x', PRODUCTION)).rejects.toThrow(EndpointRefused);
    await expect(checkEndpoint('http://localhost/x', DEVELOPMENT)).resolves.toBeInstanceOf(URL);
    await expect(checkEndpoint('https://no-such-host.invalid/x', PRODUCTION)).rejects.toThrow('does not resolve');
  });

  it('checks the address it connects to at send time, by name or by number', async () => {
    let reached = 0;
    const server = createServer((_req, res) => {
      reached++;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const strict = { httpsOnly: false, allowLoopback: false, timeoutMs: 2000 };
    try {
      await expect(postWebhook(`http://127.0.0.1:${port}/`, '{}', {}, strict)).rejects.toThrow(EndpointRefused);
      // a name registered while it pointed elsewhere is judged by where it points now
      await expect(postWebhook(`http://localhost:${port}/`, '{}', {}, strict)).rejects.toThrow(/loopback/);
      expect(reached).toBe(0);
      expect(await postWebhook(`http://127.0.0.1:${port}/`, '{}', {}, { ...strict, allowLoopback: true })).toEqual({
        status: 200,
      });
      expect(reached).toBe(1);
    } finally {
      server.close();
    }
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const server = createServer(() => undefined); // never answers
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const started = Date.now();
      await expect(
        postWebhook(`http://127.0.0.1:${port}/`, '{}', {}, { ...DEVELOPMENT, timeoutMs: 300 }),
      ).rejects.toThrow('no answer within 300 ms');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('retries', () => {
  it('back off exponentially with full jitter, capped at six hours', () => {
    expect(retryDelay(1, 30_000, () => 1)).toBe(30_000);
    expect(retryDelay(2, 30_000, () => 1)).toBe(60_000);
    expect(retryDelay(5, 30_000, () => 1)).toBe(480_000);
    expect(retryDelay(30, 30_000, () => 1)).toBe(6 * 3600 * 1000);
    expect(retryDelay(5, 30_000, () => 0.25)).toBe(120_000);
    expect(retryDelay(3, 30_000, () => 0)).toBe(0);
  });
});
