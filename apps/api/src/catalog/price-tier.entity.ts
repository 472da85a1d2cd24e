import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'price_tier' })
export class PriceTierEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'integer' })
  durationMinutes!: number;

  /** Minor units (cents) of `currency`. */
  @Property({ type: 'integer' })
  amountMinor!: number;

  @Property({ type: 'character', length: 3 })
  currency!: string;

  /** First day on sale (YYYY-MM-DD, the operator's zone). */
  @Property({ type: 'date' })
  effectiveFrom!: string;

  /** First day no longer on sale at this price; null while it is the latest. */
  @Property({ type: 'date', nullable: true })
  effectiveUntil?: string | null;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
