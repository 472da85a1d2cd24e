import type { Config } from './config.js';
import type { KeyRing } from './health/cipher.js';
import type { EndpointRules } from './messages/endpoint-address.js';
import type { MessageTimings } from './messages/outbox.js';

/** What the booking services need besides the database. */
export interface BookingSettings {
  readonly operator: Config['operator'];
  readonly policy: Config['policy'];
  /** HMAC key of manage tokens. */
  readonly tokenSecret: string;
  /** Where partner sites reach the API (Config['publicUrl']). */
  readonly publicUrl: string;
  /** Seals and opens health data. */
  readonly keys: KeyRing;
  /** When scheduled messages go out, and where webhooks may point. */
  readonly messages: { readonly timings: MessageTimings; readonly endpoints: EndpointRules };
}
