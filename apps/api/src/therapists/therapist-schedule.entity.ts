import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { TherapistEntity } from './therapist.entity.js';

/** One weekly working window, wall-clock time in the therapist's zone. */
@Entity({ tableName: 'therapist_schedule' })
export class TherapistScheduleEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TherapistEntity)
  therapist!: TherapistEntity;

  /** ISO weekday: Monday 1 … Sunday 7. */
  @Property({ type: 'smallint' })
  weekday!: number;

  /** HH:MM[:SS] */
  @Property({ type: 'time' })
  startTime!: string;

  @Property({ type: 'time' })
  endTime!: string;
}
