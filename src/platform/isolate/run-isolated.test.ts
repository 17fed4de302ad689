import { describe, expect, it } from 'vitest';
import { runIsolated } from './run-isolated.js';

const work = new URL('./isolate-test-work.ts', import.meta.url);
const budget = { timeoutMs: 300, memoryMb: 64 };

describe('runIsolated', () => {
  it('gives back what the function returns, Maps included', async () => {
    expect(await runIsolated(work, 'double', 21, budget)).toEqual({ ok: true, value: 42 });
    expect(await runIsolated(work, 'mapOf', [['a', 1]], budget)).toEqual({ ok: true, value: new Map([['a', 1]]) });
  });

  it('stops a function that never returns once its time is up', async () => {
    const started = Date.now();
    expect(await runIsolated(work, 'spin', null, budget)).toEqual({ ok: false, reason: 'timeout', message: 'took longer than 300 ms' });
    // the caller is answered at the budget, not whenever the work would have ended (never)
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('stops a function that takes more memory than its budget', async () => {
    expect(await runIsolated(work, 'hoard', null, { timeoutMs: 20_000, memoryMb: 64 })).toMatchObject({ ok: false, reason: 'memory' });
  });

  it('says what a function threw', async () => {
    expect(await runIsolated(work, 'fail', null, budget)).toEqual({ ok: false, reason: 'threw', message: 'the input was not what it expected' });
  });
});
