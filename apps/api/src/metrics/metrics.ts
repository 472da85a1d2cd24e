import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What a scrape reads from elsewhere: the pool right now, and the outbox's state in the database. */
export interface MetricSources {
  pool(): { used: number; free: number; pending: number; max: number };
  outbox(): Promise<{ pending: number; dead: number; lagSeconds: number }>;
}

/**
 * The instance's Prometheus metrics. Labels are the schema's own field names and
 * the contract's codes, never anything a caller chose, so the series stay few.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'mm_graphql_requests_total',
    help: 'GraphQL requests by root field(s) and outcome (OK or the first error code)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'mm_graphql_request_duration_seconds',
    help: 'Time from the request arriving to its response finishing, by root field(s)',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly bookings = new Counter({
    name: 'mm_booking_outcomes_total',
    help: 'createBooking outcomes: CREATED or the error code',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: 'mm_rate_limit_refusals_total',
    help: 'Requests refused with RATE_LIMITED, by root field(s) (none: refused before GraphQL)',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  constructor(sources: MetricSources) {
    collectDefaultMetrics({ register: this.registry, prefix: 'mm_' });
    new Gauge({
      name: 'mm_db_pool_connections',
      help: 'Database connections of this instance: used, free, max, and requests waiting for one (pending)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = sources.pool();
        for (const state of ['used', 'free', 'pending', 'max'] as const) this.set({ state }, pool[state]);
      },
    });
    // The outbox is shared: every instance reports the same figures, read when scraped.
    let outbox: Promise<{ pending: number; dead: number; lagSeconds: number }> | undefined;
    const readOutbox = () => {
      // a database that cannot answer leaves the figures unknown, not the whole scrape failed
      const unknown = { pending: Number.NaN, dead: Number.NaN, lagSeconds: Number.NaN };
      outbox ??= sources
        .outbox()
        .catch(() => unknown)
        .finally(() => {
          outbox = undefined;
        });
      return outbox;
    };
    const outboxGauges = [
      [
        'mm_outbox_lag_seconds',
        'How long the oldest due, undelivered outbox row has waited (0 when none)',
        'lagSeconds',
      ],
      ['mm_outbox_pending', 'Outbox rows due now and not yet delivered', 'pending'],
      ['mm_outbox_dead', 'Outbox rows that ran out of attempts (dead letters, sent again from the console)', 'dead'],
    ] as const;
    for (const [name, help, figure] of outboxGauges) {
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          this.set((await readOutbox())[figure]);
        },
      });
    }
  }

  /** One finished GraphQL request. */
  request(operation: string, outcome: string, seconds: number): void {
    this.requests.inc({ operation, outcome });
    this.duration.observe({ operation }, seconds);
    if (outcome === 'RATE_LIMITED') this.refusals.inc({ operation });
    if (operation === 'createBooking') this.bookings.inc({ outcome: outcome === 'OK' ? 'CREATED' : outcome });
  }
}
