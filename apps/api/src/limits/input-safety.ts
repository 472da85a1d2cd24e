import { GraphQLError, Kind, type ValidationContext, type ValidationRule } from 'graphql';
import { fieldName, forEachValueIn, type InputPath, pathOfVariable } from '../graphql/argument-values.js';
import type { OperationCheck } from '../graphql/operation-checks.js';

/** No text field takes more; fields with tighter limits of their own check those. */
export const MAX_TEXT_LENGTH = 10_000;

/** What makes a string unfit for any field: PostgreSQL cannot store NUL, nor UTF-8 a lone surrogate. */
function problemWith(text: string): string | undefined {
  if (text.length > MAX_TEXT_LENGTH) return `is longer than ${MAX_TEXT_LENGTH} characters`;
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (/\p{Cs}/u.test(text)) return 'is not valid Unicode text (an unpaired surrogate)';
  return undefined;
}

const refusal = (path: InputPath, problem: string) => {
  const field = fieldName(path);
  return new GraphQLError(`${field} ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
};

/**
 * How deep a variable's value may nest (lists and objects): the schema's inputs
 * nest three levels, and a value 100 kB can nest 50,000 deep, too deep to walk.
 */
export const MAX_VARIABLE_DEPTH = 16;

/** The first unfit string (or object key) in a variable's JSON value, with its path inside the value. */
function problemInJson(value: unknown, path: InputPath): { path: InputPath; problem: string } | undefined {
  if (path.length >= MAX_VARIABLE_DEPTH && value !== null && typeof value === 'object') {
    return { path: [], problem: `nests deeper than ${MAX_VARIABLE_DEPTH} levels` };
  }
  if (typeof value === 'string') {
    const problem = problemWith(value);
    return problem ? { path, problem } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = problemInJson(item, [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = problemWith(key);
      if (problem) return { path, problem: `has a field name that ${problem}` };
      const found = problemInJson(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Text written into the query itself: checked when a document is validated,
 * which Apollo does once per distinct document.
 */
export const literalTextRule: ValidationRule = (context: ValidationContext) => ({
  Argument(node) {
    forEachValueIn(node.value, [node.name.value], (value, path) => {
      const problem = value.kind === Kind.STRING ? problemWith(value.value) : undefined;
      if (problem) context.reportError(refusal(path, problem));
    });
  },
});

/**
 * Text sent in variables, on every request, before anything runs. Together
 * with literalTextRule: no argument may hold text no field can take (NUL,
 * unpaired surrogates, more than MAX_TEXT_LENGTH characters); the error names
 * the field and never echoes the text. Values nested deeper than
 * MAX_VARIABLE_DEPTH are refused too (literals are bounded by the token limit).
 */
export const variableTextCheck: OperationCheck = ({ document, request }) => {
  for (const [name, value] of Object.entries(request.variables ?? {})) {
    const found = problemInJson(value, []);
    if (found) throw refusal([...(pathOfVariable(document, name) ?? [name]), ...found.path], found.problem);
  }
};
