import { MIN_PASSWORD_LENGTH } from '@mm/domain/staff';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { STAFF_ROLES, type StaffRole } from './roles.js';

export const StaffRoleEnum = Object.fromEntries(STAFF_ROLES.map((r) => [r, r])) as Record<StaffRole, StaffRole>; // fromEntries loses the key type
registerEnumType(StaffRoleEnum, {
  name: 'StaffRole',
  description: 'ADMIN: everything. COORDINATOR: the daily operation. THERAPIST: their own schedule and bookings.',
});

@ObjectType('StaffAccount', { description: 'Someone who signs in to the console.' })
export class StaffAccountType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => StaffRoleEnum)
  role!: StaffRole;

  @Field(() => ID, { nullable: true, description: 'the therapist a THERAPIST account belongs to' })
  therapistId?: string | null;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}

@InputType('SignInInput')
export class SignInInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;
}

@InputType('CreateStaffAccountInput')
export class CreateStaffAccountInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => StaffRoleEnum)
  role!: StaffRole;

  @Field(() => ID, { nullable: true, description: 'required for THERAPIST accounts' })
  therapistId?: string | null;

  @Field(() => String, { description: `at least ${MIN_PASSWORD_LENGTH} characters` })
  password!: string;
}
