import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { namedSql } from './named-sql.js';

/** A statement with named parameters that PostgreSQL parses and plans once per connection. */
export interface PreparedSql<Name extends string> {
  /** The statement's name on each connection: one text per name. */
  readonly name: string;
  /** The text with PostgreSQL's positional parameters ($1, $2, …). */
  readonly text: string;
  /** Runs it in the entity manager's transaction, if any; the rows as the driver reads them. */
  run<Row>(em: EntityManager, values: Readonly<Record<Name, unknown>>): Promise<Row[]>;
}

const texts = new Map<string, string>();

/** `?` placeholders (outside quoted text) as $1, $2, … in order. */
function positional(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|\?/g, (match) => (match === '?' ? `$${++n}` : match));
}

/**
 * The statements every booking and availability answer runs, prepared: the
 * first run on a connection parses and plans it under `name`, later runs send
 * only the name and the values (PostgreSQL's extended protocol, as the rate
 * limiter's pool uses). The ORM's `execute` instead writes the values into the
 * text, so PostgreSQL parses and plans every statement anew, which costs more
 * than running the small ones. Written with named parameters as `namedSql`;
 * the values travel apart from the text, never quoted into it.
 *
 * It runs on the driver's connection itself, taken from the ORM's pool (or the
 * transaction's, when there is one) and given back: the query builder's own
 * handling of a statement cost as much CPU as the driver's.
 */
export function preparedSql<Name extends string>(name: string, source: string): PreparedSql<Name> {
  const statement = namedSql<Name>(source);
  const text = positional(statement.sql);
  const known = texts.get(name);
  if (known !== undefined && known !== text) throw new Error(`two statements named ${name}`);
  texts.set(name, text);
  return {
    name,
    text,
    async run<Row>(em: EntityManager, values: Readonly<Record<Name, unknown>>): Promise<Row[]> {
      // a transaction's client hands out the transaction's connection (and takes nothing back)
      const { client } = em.getTransactionContext<Knex.Transaction>() ?? em.getConnection().getKnex();
      // knex types its connections as any: on PostgreSQL they are the driver's clients
      const connection: pg.ClientBase = await client.acquireConnection();
      try {
        const result = await connection.query<Row & pg.QueryResultRow>({
          name,
          text,
          values: statement.values(values),
        });
        return result.rows;
      } finally {
        await client.releaseConnection(connection);
      }
    },
  };
}
