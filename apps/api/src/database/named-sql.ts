/**
 * A statement written with named parameters (`:name`), turned once into the
 * driver's positional form; `values` orders a record of values to match.
 * (PostgreSQL casts, `::type`, and text in quotes, `'a:b'`, are left alone.)
 */
export function namedSql<Name extends string>(
  text: string,
): { readonly sql: string; values(record: Readonly<Record<Name, unknown>>): unknown[] } {
  const names: Name[] = [];
  const sql = text.replace(/'(?:[^']|'')*'|(?<!:):([a-zA-Z]\w*)/g, (match, name: Name | undefined) => {
    if (name === undefined) return match;
    names.push(name);
    return '?';
  });
  return { sql, values: (record) => names.map((name) => record[name]) };
}
