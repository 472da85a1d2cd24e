import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AvailabilityResolver } from '../availability/availability.resolver.js';
import { BookingResolver } from '../bookings/booking.resolver.js';
import { CatalogResolver } from '../catalog/catalog.resolver.js';
import { ReferralResolver } from '../referrals/referral.resolver.js';
import { dateTimeScalar } from './scalars.js';

/** `timeZone` is where DateTime values are written (the operator's); it does not change the schema. */
export const buildApiSchema = (timeZone: string): Promise<GraphQLSchema> =>
  buildSchema({
    resolvers: [CatalogResolver, AvailabilityResolver, ReferralResolver, BookingResolver],
    scalarsMap: [{ type: Date, scalar: dateTimeScalar(timeZone) }],
    validate: false,
  });

/** The schema as committed at apps/api/schema.graphql. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema('UTC')))}\n`;
}
