import { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { executionWithCompiledQueries, runsCompiled } from './compiled-execution.js';
import { formatError } from './errors.js';

const operation = (source: string) =>
  parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

describe('which operations run compiled', () => {
  it('is the queries that ask for availability alone', () => {
    expect(runsCompiled(operation('{ availability(input: $i) { date } }'))).toBe(true);
    expect(runsCompiled(operation('query A { a: availability(input: $i) { date } __typename }'))).toBe(true);
  });

  it('is nothing else: other fields, fragments at the root, mutations, no operation', () => {
    expect(runsCompiled(operation('{ availability(input: $i) { date } treatments { id } }'))).toBe(false);
    expect(runsCompiled(operation('{ ...F } fragment F on Query { availability(input: $i) { date } }'))).toBe(false);
    expect(runsCompiled(operation('mutation { availability { date } }'))).toBe(false);
    expect(runsCompiled(undefined)).toBe(false);
  });
});

describe('errors of a compiled query', () => {
  // availability's resolver failing as it does when PostgreSQL goes away, or refusing as the contract says
  const failing = (error: Error) =>
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          availability: {
            type: GraphQLString,
            resolve: () => Promise.reject(error),
          },
        },
      }),
    });
  const ask = async (schema: GraphQLSchema) => {
    const server = new ApolloServer({ gateway: executionWithCompiledQueries(schema), formatError });
    await server.start();
    try {
      const response = await server.executeOperation({ query: '{ availability }' });
      if (response.body.kind !== 'single') throw new Error('an incremental answer');
      return response.body.singleResult.errors?.[0];
    } finally {
      await server.stop();
    }
  };

  it('are shaped as any other: a database that went away is SERVICE_UNAVAILABLE, not a bare internal error', async () => {
    const away = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(await ask(failing(away))).toMatchObject({
      path: ['availability'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 },
    });
  });

  it('keep the contract code and field a resolver refused with', async () => {
    const refusal = new GraphQLError('No such treatment', {
      extensions: { code: 'BAD_USER_INPUT', field: 'treatmentId' },
    });
    expect(await ask(failing(refusal))).toMatchObject({
      message: 'No such treatment',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'BAD_USER_INPUT', field: 'treatmentId' },
    });
  });
});
