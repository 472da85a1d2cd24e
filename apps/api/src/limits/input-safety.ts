import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { fieldName, forEachArgumentValue, type InputPath } from '../graphql/argument-values.js';

/** No text field takes more; fields with tighter limits of their own check those. */
export const MAX_TEXT_LENGTH = 10_000;

/** What makes a string unfit for any field: PostgreSQL cannot store NUL, nor UTF-8 a lone surrogate. */
function problemWith(text: string): string | undefined {
  if (text.length > MAX_TEXT_LENGTH) return `is longer than ${MAX_TEXT_LENGTH} characters`;
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (/\p{Cs}/u.test(text)) return 'is not valid Unicode text (an unpaired surrogate)';
  return undefined;
}

function refuse(path: InputPath, problem: string): never {
  const field = fieldName(path);
  throw new GraphQLError(`${field} ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}

/** Every string (and object key) in a variable's JSON value. */
function checkJson(value: unknown, path: InputPath): void {
  if (typeof value === 'string') {
    const problem = problemWith(value);
    if (problem) refuse(path, problem);
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) checkJson(item, [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = problemWith(key);
      if (problem) refuse(path, `has a field name that ${problem}`);
      checkJson(item, [...path, key]);
    }
  }
}

/**
 * Refuses, before anything runs, any argument holding text no field can take:
 * NUL characters, unpaired surrogates, or more than MAX_TEXT_LENGTH characters.
 * Literals and variables alike; the error names the field and never echoes the text.
 */
export const inputSafetyPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const variables = request.variables ?? {};
        forEachArgumentValue(document, (node, path) => {
          if (node.kind === Kind.VARIABLE) checkJson(variables[node.name.value], path);
          if (node.kind === Kind.STRING) {
            const problem = problemWith(node.value);
            if (problem) refuse(path, problem);
          }
        });
      },
    };
  },
};
