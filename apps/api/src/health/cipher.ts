import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface HealthKey {
  readonly id: string;
  /** 32 bytes: AES-256. */
  readonly key: Buffer;
}

/** Format version of a sealed value. 0x00 marks text stored before sealing began (see the Referrals migration). */
const SEALED = 0x01;
const UNSEALED = 0x00;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Thrown when a value cannot be opened: a key missing from the ring, or bytes altered. */
export class SealError extends Error {
  override name = 'SealError';
}

/**
 * Health data at rest: AES-256-GCM with a fresh 96-bit IV per value. A sealed
 * value is `0x01 | id length | key id | IV | tag | ciphertext`; the key id says
 * which key of the ring opens it, so keys can be rotated while old values are
 * still read. The additional data binds each value to its place
 * (`table.column:row id`): a value copied into another row does not open.
 */
export class KeyRing {
  private readonly byId: ReadonlyMap<string, Buffer>;
  readonly current: HealthKey;
  /** The bytes every value sealed with the current key starts with. */
  readonly currentHeader: Buffer;

  constructor(readonly keys: readonly HealthKey[]) {
    const [current] = keys;
    if (!current) throw new Error('a key ring needs a key');
    if (keys.some((k) => k.key.length !== 32)) throw new Error('health data keys are 32 bytes');
    this.current = current;
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
    this.currentHeader = header(current.id);
  }

  seal(plain: Buffer | string, place: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(place, 'utf8'));
    const body = Buffer.concat([
      cipher.update(typeof plain === 'string' ? Buffer.from(plain, 'utf8') : plain),
      cipher.final(),
    ]);
    return Buffer.concat([this.currentHeader, iv, cipher.getAuthTag(), body]);
  }

  open(sealed: Buffer, place: string): Buffer {
    if (sealed[0] === UNSEALED) return sealed.subarray(1);
    if (sealed[0] !== SEALED || sealed.length < 2) throw new SealError(`${place}: not a sealed value`);
    const idLength = sealed[1] ?? 0;
    const id = sealed.subarray(2, 2 + idLength).toString('utf8');
    const key = this.byId.get(id);
    if (!key) throw new SealError(`${place}: sealed with key "${id}", which is not configured`);
    const ivAt = 2 + idLength;
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(ivAt, ivAt + IV_BYTES));
    decipher.setAAD(Buffer.from(place, 'utf8'));
    decipher.setAuthTag(sealed.subarray(ivAt + IV_BYTES, ivAt + IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(ivAt + IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch {
      throw new SealError(`${place}: the value does not open with its key (altered, or moved from another row)`);
    }
  }

  openText(sealed: Buffer | null, place: string): string | null {
    return sealed === null ? null : this.open(sealed, place).toString('utf8');
  }

  sealText(plain: string | null, place: string): Buffer | null {
    return plain === null ? null : this.seal(plain, place);
  }
}

function header(id: string): Buffer {
  const bytes = Buffer.from(id, 'utf8');
  return Buffer.concat([Buffer.from([SEALED, bytes.length]), bytes]);
}

/** A new key, for the demo's key file and for rotation. */
export const newHealthKey = (): HealthKey => ({
  id: `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`,
  key: randomBytes(32),
});

/** The ring as HEALTH_DATA_KEYS writes it. */
export const formatKeys = (keys: readonly HealthKey[]): string =>
  keys.map((k) => `${k.id}:${k.key.toString('base64')}`).join(',');

/** Where each value sits: the additional data it is sealed with. */
export const placeOf = (table: string, column: string, id: string): string => `${table}.${column}:${id}`;
