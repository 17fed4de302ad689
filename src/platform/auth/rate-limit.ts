/**
 * A fixed-window counter of failed sign-ins, per email and per client address. Kept in memory:
 * one Tend process serves an organisation today; a cluster would move this to the database.
 */
export class AttemptLimiter {
  private readonly windows = new Map<string, { count: number; startedAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const entry = this.windows.get(key);
    if (!entry) return 0;
    const elapsed = this.now() - entry.startedAt;
    if (elapsed >= this.windowMs) {
      this.windows.delete(key);
      return 0;
    }
    return entry.count >= this.limit ? this.windowMs - elapsed : 0;
  }

  recordFailure(key: string): void {
    const entry = this.windows.get(key);
    if (!entry || this.now() - entry.startedAt >= this.windowMs) {
      this.windows.set(key, { count: 1, startedAt: this.now() });
    } else {
      entry.count++;
    }
    if (this.windows.size > 100_000) this.prune();
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.windows) if (now - entry.startedAt >= this.windowMs) this.windows.delete(key);
  }
}
