import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { MoneyType } from '../graphql/money.type.js';
import { DateScalar } from '../graphql/scalars.js';

@ObjectType('DayBookings')
export class DayBookingsType {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Int, { description: 'confirmed or completed' })
  booked!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Int)
  noShow!: number;
}

@ObjectType('RevenueLine')
export class RevenueLineType {
  @Field(() => String)
  label!: string;

  @Field(() => Int)
  sessions!: number;

  @Field(() => MoneyType)
  revenue!: MoneyType;
}

@ObjectType('BookingOutcomes')
export class OutcomesType {
  @Field(() => Int, { description: 'bookings whose session fell in the period, whatever became of them' })
  bookings!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Int)
  noShow!: number;
}

@ObjectType('Utilisation')
export class UtilisationType {
  @Field(() => ID)
  therapistId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Float)
  bookedHours!: number;

  @Field(() => Float)
  scheduledHours!: number;
}

@ObjectType('LicenceDue')
export class LicenceDueType {
  @Field(() => ID)
  therapistId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => DateScalar)
  expiresOn!: string;
}

@ObjectType('Dashboard', {
  description: "The business at a glance, each figure one query computed by PostgreSQL; days of the operator's zone.",
})
export class DashboardType {
  @Field(() => DateScalar)
  today!: string;
}

@ObjectType('ReferralsWaiting')
export class ReferralsWaitingType {
  @Field(() => Int)
  count!: number;

  @Field(() => Date, { nullable: true, description: 'when the one waiting longest was received' })
  oldestReceivedAt!: Date | null;
}

@ObjectType('ReferralExpiring')
export class ReferralExpiringType {
  @Field(() => ID)
  referralId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String, { nullable: true })
  holderName!: string | null;

  @Field(() => DateScalar)
  expiresOn!: string;

  @Field(() => Int)
  sessionsLeft!: number;
}

@ObjectType('WeekSessions')
export class WeekSessionsType {
  @Field(() => DateScalar, { description: "the week's Monday" })
  weekOf!: string;

  @Field(() => Int)
  sessions!: number;
}
