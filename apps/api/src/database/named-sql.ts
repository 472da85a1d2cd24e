/**
 * A statement written with named parameters (`:name`), turned once into the
 * driver's positional form; `values` orders a record of values to match.
 * (PostgreSQL casts, `::type`, are left alone.)
 */
export function namedSql<Name extends string>(
  text: string,
): { readonly sql: string; values(record: Readonly<Record<Name, unknown>>): unknown[] } {
  const names: Name[] = [];
  const sql = text.replace(/(?<!:):([a-zA-Z]\w*)/g, (_match, name: Name) => {
    names.push(name);
    return '?';
  });
  return { sql, values: (record) => names.map((name) => record[name]) };
}
