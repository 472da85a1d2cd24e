import { randomUUID } from 'node:crypto';
import {
  ArrayType,
  Collection,
  Entity,
  ManyToMany,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import type { PartnerKeyKind } from '../auth/roles.js';
import { TreatmentEntity } from '../catalog/treatment.entity.js';

/** A site or system that sells the operator's sessions. */
@Entity({ tableName: 'partner' })
export class PartnerEntity {
  [OptionalProps]?: 'origins' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  /** Web origins its publishable keys may be used from. */
  @Property({ type: ArrayType })
  origins: string[] = [];

  /** The treatments it may sell. */
  @ManyToMany({
    entity: () => TreatmentEntity,
    pivotTable: 'partner_treatment',
    joinColumn: 'partner_id',
    inverseJoinColumn: 'treatment_id',
  })
  treatments = new Collection<TreatmentEntity>(this);

  @OneToMany(
    () => PartnerKeyEntity,
    (k) => k.partner,
    { orderBy: { createdAt: 'asc' } },
  )
  keys = new Collection<PartnerKeyEntity>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A key of a partner: publishable ones are public, secret ones are kept only as a hash. */
@Entity({ tableName: 'partner_key' })
export class PartnerKeyEntity {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => PartnerEntity)
  partner!: PartnerEntity;

  @Property({ type: 'text' })
  kind!: PartnerKeyKind;

  @Property({ type: 'text', hidden: true })
  tokenHash!: string;

  /** The whole key, for publishable keys only. */
  @Property({ type: 'text', nullable: true })
  publishableKey?: string | null;

  @Property({ type: 'text' })
  hint!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
