import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { TherapistEntity } from './therapist.entity.js';

@Entity({ tableName: 'therapist_time_off' })
export class TherapistTimeOffEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TherapistEntity)
  therapist!: TherapistEntity;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
