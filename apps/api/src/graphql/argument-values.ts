import { type ASTNode, Kind, type ValueNode, visit } from 'graphql';

export type InputPath = readonly (string | number)[];

/** Calls `each` with `node` and every value inside it (list items, object fields), with its path. */
export function forEachValueIn(
  node: ValueNode,
  path: InputPath,
  each: (node: ValueNode, path: InputPath) => void,
): void {
  each(node, path);
  if (node.kind === Kind.LIST) for (const [i, item] of node.values.entries()) forEachValueIn(item, [...path, i], each);
  if (node.kind === Kind.OBJECT) for (const f of node.fields) forEachValueIn(f.value, [...path, f.name.value], each);
}

/**
 * Calls `each` with every value written in the arguments under `root` (a
 * document, say), and every value inside those, with its path from the
 * argument's name: ["input", "client", "email"].
 */
export function forEachArgumentValue(root: ASTNode, each: (node: ValueNode, path: InputPath) => void): void {
  visit(root, {
    Argument(node) {
      forEachValueIn(node.value, [node.name.value], each);
    },
  });
}

/** The path of the first value in the arguments under `root` that `matches`. */
export function pathOfArgumentValue(root: ASTNode, matches: (node: ValueNode) => boolean): InputPath | undefined {
  let found: InputPath | undefined;
  forEachArgumentValue(root, (node, path) => {
    if (!found && matches(node)) found = path;
  });
  return found;
}

/** Where a variable is used, as the path of the argument (or input field) it is given to. */
export const pathOfVariable = (root: ASTNode, variable: string): InputPath | undefined =>
  pathOfArgumentValue(root, (node) => node.kind === Kind.VARIABLE && node.name.value === variable);

/** The input field a path names, as the contract names fields: inside `input`, or the argument itself. */
export const fieldName = (path: InputPath): string => (path[0] === 'input' ? path.slice(1) : path).join('.') || 'input';
