import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { formatKeys, type HealthKey, KeyRing, newHealthKey } from './cipher.js';

/** The demo's keys, beside its embedded database: made on first start, readable by the owner only. */
export const keyFilePath = (dataDir: string): string => join(dataDir, 'health-data.keys');

function parseKeyFile(text: string): HealthKey[] {
  return text
    .trim()
    .split(',')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [id = '', key = ''] = entry.split(':');
      return { id, key: Buffer.from(key, 'base64') };
    });
}

export function writeKeyFile(dataDir: string, keys: readonly HealthKey[]): void {
  writeFileSync(keyFilePath(dataDir), `${formatKeys(keys)}\n`, { mode: 0o600 });
  chmodSync(keyFilePath(dataDir), 0o600);
}

/**
 * HEALTH_DATA_KEYS when configured (production requires it). Otherwise the key
 * file in DATA_DIR, made once: whoever creates it first wins, the others read it.
 */
export function loadKeyRing(config: Pick<Config, 'healthKeys' | 'dataDir'>): KeyRing {
  if (config.healthKeys) return new KeyRing(config.healthKeys);
  try {
    return new KeyRing(parseKeyFile(readFileSync(keyFilePath(config.dataDir), 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(keyFilePath(config.dataDir), `${formatKeys([newHealthKey()])}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return new KeyRing(parseKeyFile(readFileSync(keyFilePath(config.dataDir), 'utf8')));
}
