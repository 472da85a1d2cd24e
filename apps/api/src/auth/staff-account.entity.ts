import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { StaffRole } from './roles.js';

/** Someone who signs in to the console. */
@Entity({ tableName: 'staff_account' })
export class StaffAccountEntity {
  [OptionalProps]?: 'active' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lower case: the name the account signs in with. */
  @Property({ type: 'text', unique: true })
  email!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text' })
  role!: StaffRole;

  /** The therapist a THERAPIST account belongs to. */
  @Property({ type: 'uuid', nullable: true })
  therapistId?: string | null;

  /** Argon2id, PHC string. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
