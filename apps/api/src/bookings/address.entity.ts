import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Where a visit takes place. */
@Entity({ tableName: 'address' })
export class AddressEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  line1!: string;

  @Property({ type: 'text', nullable: true })
  line2?: string | null;

  @Property({ type: 'text' })
  suburb!: string;

  @Property({ type: 'text', nullable: true })
  state?: string | null;

  @Property({ type: 'text' })
  postcode!: string;

  /** ISO-3166 alpha-2 */
  @Property({ type: 'character', length: 2 })
  country!: string;
}
