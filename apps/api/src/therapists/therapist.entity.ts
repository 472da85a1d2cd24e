import { randomUUID } from 'node:crypto';
import { ArrayType, Collection, Entity, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Technique } from '@mm/domain/vocabulary';
import { TherapistScheduleEntity } from './therapist-schedule.entity.js';
import { TherapistTimeOffEntity } from './therapist-time-off.entity.js';

@Entity({ tableName: 'therapist' })
export class TherapistEntity {
  [OptionalProps]?:
    | 'techniques'
    | 'medicalQualified'
    | 'travelBufferMinutes'
    | 'servicePostcodes'
    | 'active'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', nullable: true })
  bio?: string | null;

  @Property({ type: 'text', nullable: true })
  photoUrl?: string | null;

  @Property({ type: 'text', nullable: true })
  gender?: string | null;

  @Property({ type: ArrayType })
  techniques: Technique[] = [];

  @Property({ type: 'boolean' })
  medicalQualified = false;

  @Property({ type: 'text' })
  licenceNumber!: string;

  @Property({ type: 'text' })
  licenceBody!: string;

  /** Last day the licence is valid (YYYY-MM-DD). */
  @Property({ type: 'date' })
  licenceExpiresOn!: string;

  /** IANA zone the weekly schedule is written in. */
  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'integer' })
  travelBufferMinutes = 0;

  @Property({ type: ArrayType })
  servicePostcodes: string[] = [];

  @Property({ type: 'boolean' })
  active = true;

  @OneToMany(
    () => TherapistScheduleEntity,
    (s) => s.therapist,
  )
  schedule = new Collection<TherapistScheduleEntity>(this);

  @OneToMany(
    () => TherapistTimeOffEntity,
    (t) => t.therapist,
  )
  timeOff = new Collection<TherapistTimeOffEntity>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
