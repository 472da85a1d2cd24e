import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('a database that cannot answer now, told from a request or code at fault', () => {
  it('is unavailable when the connection fails, the server stops or a timeout fires', () => {
    for (const code of ['08006', '08001', '57P01', '57P03', '53300', '57014', '40001', '40P01', 'ECONNREFUSED']) {
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true);
    }
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'))).toBe(
      true,
    );
  });

  it('looks through the errors wrapping it', () => {
    const wrapped = Object.assign(new Error('resolver failed'), { originalError: withCode('57P01') });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: withCode('ECONNRESET') }))).toBe(true);
  });

  it("knows the driver's words in the ORM's report of a failed statement, which carries no code", () => {
    // as the ORM throws it when PostgreSQL goes away mid-statement (seen while it was stopped under load)
    const reported = new Error(
      "select k.id from partner_key k where k.token_hash = '…' - Connection terminated unexpectedly",
    );
    expect(isDatabaseUnavailable(reported)).toBe(true);
    expect(isDatabaseUnavailable(new Error('select 1 - column "x" does not exist'))).toBe(false);
  });

  it('is not unavailable for broken rules or bugs', () => {
    for (const code of ['23505', '23P01', '42601', '22P02']) expect(isDatabaseUnavailable(withCode(code))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable('text')).toBe(false);
  });
});
