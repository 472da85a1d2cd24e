import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Context } from './context.js';

/** Apollo's one way to run operations with another executor than graphql-js's. */
type Execution = ApolloServerOptionsWithGateway<Context>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Execution['load']>>['executor']>;

/**
 * Queries that ask only for these run compiled: their answers are the large
 * ones (availability with names has tens of thousands of fields), where
 * graphql-js's field-by-field completion cost more than the answer's own work.
 * Everything else runs on graphql-js, as before.
 */
const COMPILED_ROOT_FIELDS = new Set(['availability', '__typename']);

/** Whether an operation runs compiled: a query whose every root field is one of COMPILED_ROOT_FIELDS. */
export function runsCompiled(operation: OperationDefinitionNode | undefined): operation is OperationDefinitionNode {
  return (
    operation?.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && COMPILED_ROOT_FIELDS.has(selection.name.value),
    )
  );
}

/**
 * graphql-jit's error as graphql-js's own: Apollo reads every error's `extensions`,
 * which graphql-jit leaves undefined when the cause has none (a database error), and
 * then answers a bare INTERNAL_SERVER_ERROR without calling formatError.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const upstream = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  return Object.assign(upstream, { locations: error.locations });
}

/**
 * The schema, and an executor that runs the large public queries compiled
 * (graphql-jit: the query becomes a function once, then runs without
 * graphql-js's per-field bookkeeping) and every other operation on graphql-js.
 * Variables are still checked by graphql-js first, so a refused value is
 * refused in the same words, naming the same field.
 */
export function executionWithCompiledQueries(schema: GraphQLSchema): Execution {
  // Apollo keeps one parsed document per query text, so a document is compiled once while Apollo keeps it;
  // one the compiler does not take is remembered as null, not tried again on every request.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  function compiledFor(document: DocumentNode, operationName: string | undefined): CompiledQuery | undefined {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    if (!byName.has(key)) {
      const result = compileQuery(schema, document, operationName);
      byName.set(key, isCompiledQuery(result) ? result : null);
    }
    return byName.get(key) ?? undefined;
  }

  const executor: Executor = async (request): Promise<ExecutionResult> => {
    const variableValues = request.request.variables ?? {};
    const operationName = request.request.operationName ?? undefined;
    const args = { schema, document: request.document, contextValue: request.context, variableValues, operationName };
    if (!runsCompiled(request.operation)) return execute(args);
    const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], variableValues);
    const query = coerced.errors ? undefined : compiledFor(request.document, operationName);
    // refused variables, or a query the compiler does not take: graphql-js answers as it always has
    if (!query) return execute(args);
    const result = await query.query(undefined, request.context, variableValues);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
