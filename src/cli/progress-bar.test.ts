import { describe, expect, it } from 'vitest';
import { createProgressBar } from './progress-bar.js';

describe('createProgressBar', () => {
  it('redraws one line on a terminal and ends it', () => {
    const written: string[] = [];
    const bar = createProgressBar((t) => written.push(t), { terminal: true, width: 10 });
    bar.update(5, 10);
    bar.update(5, 10); // same percentage: not drawn again
    bar.update(10, 10);
    bar.done();
    expect(written).toEqual(['\r[#####-----]  50% 5/10', '\r[##########] 100% 10/10', '\n']);
  });

  it('writes a line per tenth into a file or pipe', () => {
    const written: string[] = [];
    const bar = createProgressBar((t) => written.push(t), { terminal: false, width: 4 });
    for (let i = 1; i <= 100; i++) bar.update(i, 100);
    bar.done();
    expect(written).toHaveLength(11); // the first row (in the 0–9% tenth), then 10%, 20%, … 100%
    expect(written.at(-1)).toBe('[####] 100% 100/100\n');
    expect(written.every((line) => line.endsWith('\n'))).toBe(true);
  });
});
