/** A LIKE pattern that finds `text` anywhere: `%`, `_` and the escape character in it match themselves. */
export const likeContaining = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
