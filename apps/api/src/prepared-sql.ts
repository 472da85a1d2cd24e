import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { namedSql } from './database/named-sql.js';

/** A statement with named parameters that PostgreSQL parses and plans once per connection. */
export interface PreparedSql<Name extends string> {
  /** The statement's name on each connection: one text per name. */
  readonly name: string;
  /** The text with positional placeholders, as the query layer takes it. */
  readonly sql: string;
  /** Runs it in the entity manager's transaction, if any; the rows as the driver reads them. */
  run<Row>(em: EntityManager, values: Readonly<Record<Name, unknown>>): Promise<Row[]>;
}

const names = new Map<string, string>();

/**
 * The statements every booking and availability answer runs, prepared: the
 * first run on a connection parses and plans it under `name`, later runs send
 * only the name and the values (PostgreSQL's extended protocol, as the rate
 * limiter's pool uses). The ORM's `execute` instead writes the values into the
 * text, so PostgreSQL parses and plans every statement anew, which costs more
 * than running the small ones. Written with named parameters as `namedSql`;
 * the values travel apart from the text, never quoted into it.
 */
export function preparedSql<Name extends string>(name: string, text: string): PreparedSql<Name> {
  const statement = namedSql<Name>(text);
  const known = names.get(name);
  if (known !== undefined && known !== statement.sql) throw new Error(`two statements named ${name}`);
  names.set(name, statement.sql);
  return {
    name,
    sql: statement.sql,
    async run<Row>(em: EntityManager, values: Readonly<Record<Name, unknown>>): Promise<Row[]> {
      // knex types bindings narrowly; the driver serialises any value a statement takes (text, dates, buffers, …)
      const bindings = statement.values(values) as Knex.RawBinding[];
      const query = em.getConnection().getKnex().raw(statement.sql, bindings).options({ name });
      const transaction = em.getTransactionContext<Knex.Transaction>();
      if (transaction) query.transacting(transaction);
      // knex answers a raw statement with the driver's result; its rows are what `execute` returns
      const result: { rows: Row[] } = await query;
      return result.rows;
    },
  };
}
