import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Technique } from '@mm/domain/vocabulary';

// Every decorator names its type: no decorator metadata is emitted in this repo.
@Entity({ tableName: 'treatment' })
export class TreatmentEntity {
  [OptionalProps]?: 'techniques' | 'position' | 'active' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'boolean' })
  requiresReferral!: boolean;

  @Property({ type: ArrayType })
  techniques: Technique[] = [];

  /** Display order in the catalogue. */
  @Property({ type: 'integer' })
  position = 0;

  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
