import { describe, expect, it } from 'vitest';
import { recentQuarters } from './WorkforceFiguresPage';

describe('recentQuarters', () => {
  it('lists the quarters that have started, newest first, across years', () => {
    expect(recentQuarters(new Date(2026, 11, 6), 3)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2']);
    expect(recentQuarters(new Date(2026, 0, 1), 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    expect(recentQuarters(new Date(2026, 2, 31), 1)).toEqual(['2026-Q1']);
  });
});
