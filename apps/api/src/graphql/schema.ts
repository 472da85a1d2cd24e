import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CatalogResolver } from '../catalog/catalog.resolver.js';

export const buildApiSchema = (): Promise<GraphQLSchema> =>
  buildSchema({ resolvers: [CatalogResolver], validate: false });

/** The schema as committed at apps/api/schema.graphql. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
