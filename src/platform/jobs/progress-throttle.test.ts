import { describe, expect, it } from 'vitest';
import { throttleProgress } from './progress-throttle.js';

describe('throttleProgress', () => {
  it('writes the first report at once, then at most one per interval, in order', async () => {
    let clock = 0;
    const written: number[] = [];
    const progress = throttleProgress(async (done) => void written.push(done), { intervalMs: 250, now: () => clock });
    progress.report(1);
    progress.report(2);
    clock = 249;
    progress.report(3);
    clock = 250;
    progress.report(4);
    clock = 600;
    progress.report(5);
    await progress.flush();
    expect(written).toEqual([1, 4, 5]);
  });

  it('hands a failed write to onError and keeps going', async () => {
    let clock = 0;
    const errors: unknown[] = [];
    const written: number[] = [];
    const progress = throttleProgress(
      async (done) => {
        if (done === 1) throw new Error('gone');
        written.push(done);
      },
      { now: () => clock, onError: (e) => errors.push(e) },
    );
    progress.report(1);
    clock = 1000;
    progress.report(2);
    await progress.flush();
    expect(errors).toHaveLength(1);
    expect(written).toEqual([2]);
  });
});
