import pg from 'pg';

/** Channels the migration's triggers notify (`notify_change`). */
const CHANGE_CHANNELS = ['mm_catalog_changed', 'mm_partners_changed'] as const;
export type ChangeChannel = (typeof CHANGE_CHANNELS)[number];

/**
 * Tells this instance when another one (or anyone, with SQL) changed what it
 * caches. A listener runs on every change of its channel, and also whenever
 * changes may have been missed (the listening connection dropped).
 */
export interface ChangeFeed {
  /** True while notifications arrive: a cache may be trusted only then. */
  readonly live: boolean;
  subscribe(channel: ChangeChannel, listener: () => void): void;
  close(): Promise<void>;
}

class Listeners {
  readonly #byChannel = new Map<string, (() => void)[]>();

  add(channel: ChangeChannel, listener: () => void): void {
    this.#byChannel.set(channel, [...(this.#byChannel.get(channel) ?? []), listener]);
  }

  notify(channel: string): void {
    for (const listener of this.#byChannel.get(channel) ?? []) listener();
  }

  notifyAll(): void {
    for (const listeners of this.#byChannel.values()) for (const listener of listeners) listener();
  }
}

const listenSql = CHANGE_CHANNELS.map((c) => `listen ${c};`).join(' ');

/**
 * On a PostgreSQL server: one connection of its own that LISTENs, reconnecting
 * with back-off. While it is down the feed is not live and caches stand aside.
 */
export function listenOnServer(url: string, onProblem: (message: string) => void): ChangeFeed {
  const listeners = new Listeners();
  let live = false;
  let closed = false;
  let current: pg.Client | undefined;
  let delay = 500;
  let timer: NodeJS.Timeout | undefined;
  let reported = false;

  // Every way a connection ends comes here, once per connection.
  const lost = (client: pg.Client) => {
    if (client !== current) return;
    current = undefined;
    live = false;
    listeners.notifyAll();
    if (!reported) onProblem('change notifications lost: caches are bypassed until the database listens again');
    reported = true;
    if (!closed) timer = setTimeout(connect, delay).unref();
    delay = Math.min(delay * 2, 10_000);
  };
  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    current = client;
    client.on('notification', (message) => listeners.notify(message.channel));
    client.on('error', () => lost(client));
    client.on('end', () => lost(client));
    try {
      await client.connect();
      await client.query(listenSql);
    } catch {
      await client.end().catch(() => undefined);
      lost(client);
      return;
    }
    if (closed || client !== current) return void (await client.end().catch(() => undefined));
    live = true;
    delay = 500;
    reported = false;
    // Whatever changed while nobody listened is unknown: the caches start afresh.
    listeners.notifyAll();
  }
  void connect();
  return {
    get live() {
      return live;
    },
    subscribe: (channel, listener) => listeners.add(channel, listener),
    async close() {
      closed = true;
      clearTimeout(timer);
      const client = current;
      current = undefined;
      await client?.end().catch(() => undefined);
    },
  };
}

/** The embedded database's feed, with the pool hook that delivers its notifications. */
export interface EmbeddedFeed extends ChangeFeed {
  /** Pool `afterCreate`: the connection LISTENs and hands notifications to the feed. */
  afterCreate(connection: pg.Client, done: (error: Error | null, connection: pg.Client) => void): void;
}

/**
 * The embedded database is one session shared by every connection, so a
 * notification reaches whichever connection committed the change. Each pooled
 * connection therefore listens and forwards them; one process owns the data,
 * so nothing can change it unseen.
 */
export function listenOnEmbedded(): EmbeddedFeed {
  const listeners = new Listeners();
  return {
    live: true,
    subscribe: (channel, listener) => listeners.add(channel, listener),
    async close() {},
    afterCreate(connection, done) {
      connection.on('notification', (message) => listeners.notify(message.channel));
      connection.query(listenSql).then(
        () => done(null, connection),
        (error: Error) => done(error, connection),
      );
    },
  };
}
