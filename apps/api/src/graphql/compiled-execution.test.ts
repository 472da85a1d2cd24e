import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { runsCompiled } from './compiled-execution.js';

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
