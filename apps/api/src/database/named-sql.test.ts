import { describe, expect, it } from 'vitest';
import { namedSql } from './named-sql.js';

describe('namedSql', () => {
  it('turns named parameters into positional ones, in order, and leaves casts alone', () => {
    const statement = namedSql<'id' | 'at' | 'name'>(
      "select :id::uuid, tstzrange(:at, :at, '[)'), :name from t where x::text = :name",
    );
    expect(statement.sql).toBe("select ?::uuid, tstzrange(?, ?, '[)'), ? from t where x::text = ?");
    expect(statement.values({ id: 'i', at: 1, name: 'n' })).toEqual(['i', 1, 1, 'n', 'n']);
  });

  it('leaves colons inside quoted text alone', () => {
    const statement = namedSql<'id'>("select :id || ':client' || 'it''s :not' from t where a = 'x:y'");
    expect(statement.sql).toBe("select ? || ':client' || 'it''s :not' from t where a = 'x:y'");
    expect(statement.values({ id: 'i' })).toEqual(['i']);
  });
});
