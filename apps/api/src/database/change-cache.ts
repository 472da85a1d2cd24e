import type { ChangeChannel, ChangeFeed } from './change-feed.js';

/**
 * Values loaded from the database and kept until the feed reports a change
 * on `channel` (on any instance). While the feed is not live every read
 * loads afresh. Failures and `undefined` (nothing found) are never kept.
 */
export class ChangeCache<V> {
  readonly #entries = new Map<string, Promise<V>>();
  readonly #settled = new Map<string, V>();
  readonly #feed: ChangeFeed;
  readonly #maxEntries: number;

  constructor(feed: ChangeFeed, channel: ChangeChannel, maxEntries = 10_000) {
    this.#feed = feed;
    this.#maxEntries = maxEntries;
    // A load in flight when the change arrives is dropped with the rest: the next read loads again.
    feed.subscribe(channel, () => this.clear());
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    if (!this.#feed.live) return load();
    const cached = this.#entries.get(key);
    if (cached) return cached;
    if (this.#entries.size >= this.#maxEntries) this.clear();
    const loading = load();
    this.#entries.set(key, loading);
    const current = () => this.#entries.get(key) === loading;
    loading.then(
      (value) => {
        if (!current()) return;
        if (value === undefined) this.#entries.delete(key);
        else this.#settled.set(key, value);
      },
      () => current() && this.#entries.delete(key),
    );
    return loading;
  }

  /** The value kept for `key`, if one has been loaded and not changed since: no waiting. */
  peek(key: string): V | undefined {
    return this.#feed.live ? this.#settled.get(key) : undefined;
  }

  /** Drops everything now (this instance changed the data; the others hear it from the feed). */
  clear(): void {
    this.#entries.clear();
    this.#settled.clear();
  }
}
