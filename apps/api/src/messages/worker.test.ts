import { describe, expect, it } from 'vitest';
import { recordingUntil } from './worker.js';

const away = () => Object.assign(new Error('Connection terminated unexpectedly'), {});
const refused = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

describe('writing down a delivery that went out', () => {
  it('is tried again while the database is away, and succeeds when it is back', async () => {
    let calls = 0;
    const written = await recordingUntil(Date.now() + 10_000)(async () => {
      calls++;
      if (calls < 3) throw calls === 1 ? away() : refused();
      return 'kept';
    });
    expect(written).toBe('kept');
    expect(calls).toBe(3);
  });

  it('gives up when the lease is about to end, and at once for any other failure', async () => {
    let calls = 0;
    await expect(
      recordingUntil(Date.now() + 250)(async () => {
        calls++;
        throw away();
      }),
    ).rejects.toThrow('Connection terminated');
    expect(calls).toBeGreaterThan(1);
    expect(calls).toBeLessThan(6);
    let once = 0;
    await expect(
      recordingUntil(Date.now() + 10_000)(async () => {
        once++;
        throw Object.assign(new Error('duplicate key'), { code: '23505' });
      }),
    ).rejects.toThrow('duplicate key');
    expect(once).toBe(1);
  });
});
