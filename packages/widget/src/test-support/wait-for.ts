import { vi } from 'vitest';

/**
 * `vi.waitFor` with room to spare: its default gives up after 1 s, which a busy 2-core machine
 * running several test processes can exceed. Only failing waits take longer.
 */
export const waitFor = <T>(callback: () => T | Promise<T>): Promise<T> => vi.waitFor(callback, { timeout: 10_000 });
