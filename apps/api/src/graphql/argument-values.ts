import { type DocumentNode, Kind, type ValueNode, visit } from 'graphql';

export type InputPath = readonly (string | number)[];

/**
 * Calls `each` with every value written in the arguments of `document`, and
 * every value inside those (list items, object fields), with its path from
 * the argument's name: ["input", "client", "email"].
 */
export function forEachArgumentValue(document: DocumentNode, each: (node: ValueNode, path: InputPath) => void): void {
  const walk = (node: ValueNode, path: InputPath): void => {
    each(node, path);
    if (node.kind === Kind.LIST) for (const [i, item] of node.values.entries()) walk(item, [...path, i]);
    if (node.kind === Kind.OBJECT) for (const f of node.fields) walk(f.value, [...path, f.name.value]);
  };
  visit(document, {
    Argument(node) {
      walk(node.value, [node.name.value]);
    },
  });
}

/** The input field a path names, as the contract names fields: inside `input`, or the argument itself. */
export const fieldName = (path: InputPath): string => (path[0] === 'input' ? path.slice(1) : path).join('.') || 'input';
