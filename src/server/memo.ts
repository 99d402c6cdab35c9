// A small time-limited cache for the heavy aggregates (actor network, timeline): one computation per
// key at a time (concurrent callers share it), forgotten after `ttlMs` or when the corpus changes
// through the API. Ingest from another process shows up within `ttlMs`.

export class Memo {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(private readonly ttlMs: number, private readonly max = 1024) {}

  /** The cached value for `key`, or `compute()` (cached unless it fails or the cache is off). */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) {
      this.entries.delete(key); // most recently used goes last: eviction takes the least recently used
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { at: now, value });
    value.catch(() => { if (this.entries.get(key)?.value === value) this.entries.delete(key); });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  /** The fresh cached value for `key`, if any, without computing. */
  peek<T>(key: string): Promise<T> | undefined {
    const hit = this.entries.get(key);
    return hit && this.ttlMs > 0 && Date.now() - hit.at < this.ttlMs ? (hit.value as Promise<T>) : undefined;
  }

  /** Forget everything (after a write). */
  clear(): void {
    this.entries.clear();
  }
}
