import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { assertEveryOperationHasARule } from '../auth/authorization.js';
import { StaffResolver } from '../auth/staff.resolver.js';
import { AvailabilityResolver, AvailableDayResolver } from '../availability/availability.resolver.js';
import { BookingResolver } from '../bookings/booking.resolver.js';
import { CareNotesResolver } from '../bookings/care-notes.js';
import { StaffBookingResolver } from '../bookings/staff-booking.resolver.js';
import { CatalogResolver } from '../catalog/catalog.resolver.js';
import { PricesResolver } from '../catalog/prices.resolver.js';
import { TreatmentsResolver } from '../catalog/treatments.resolver.js';
import { ClientResolver } from '../clients/client.resolver.js';
import { DashboardResolver } from '../dashboard/dashboard.resolver.js';
import { HealthAuditResolver } from '../health/health-audit.resolver.js';
import { MessagesResolver } from '../messages/messages.resolver.js';
import { PartnerResolver } from '../partners/partner.resolver.js';
import { ReferralResolver } from '../referrals/referral.resolver.js';
import { StaffReferralResolver } from '../referrals/staff-referral.resolver.js';
import { TherapistResolver } from '../therapists/therapist.resolver.js';
import { VisitsResolver } from '../visits/visits.resolver.js';
import { dateTimeScalar } from './scalars.js';

/** `timeZone` is where DateTime values are written (the operator's); it does not change the schema. */
export async function buildApiSchema(timeZone: string): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      CatalogResolver,
      AvailabilityResolver,
      AvailableDayResolver,
      ReferralResolver,
      BookingResolver,
      StaffBookingResolver,
      StaffResolver,
      PartnerResolver,
      VisitsResolver,
      TherapistResolver,
      PricesResolver,
      ClientResolver,
      TreatmentsResolver,
      DashboardResolver,
      StaffReferralResolver,
      CareNotesResolver,
      HealthAuditResolver,
      MessagesResolver,
    ],
    scalarsMap: [{ type: Date, scalar: dateTimeScalar(timeZone) }],
    validate: false,
  });
  assertEveryOperationHasARule(schema);
  return schema;
}

/** The schema as committed at apps/api/schema.graphql. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema('UTC')))}\n`;
}
