import { describe, expect, it } from 'vitest';
import { textsFor } from '../../components/charts/texts-for-tests';
import { changeKey, changeOf, trendSummary } from './trend-words';

describe('changeOf: how a scale moved, in words', () => {
  it('compares with last month when a check-in about a month older exists', () => {
    const points = [
      { on: '2026-01-05', score: 30 },
      { on: '2026-02-04', score: 26 },
      { on: '2026-02-25', score: 24 },
      { on: '2026-03-06', score: 18 },
    ];
    // 4 Feb is the newest at least four weeks before 6 Mar
    expect(changeOf(points, 10, 50)).toEqual({ direction: 'lower', against: 'lastMonth', earlierOn: '2026-02-04' });
    expect(changeKey(changeOf(points, 10, 50)!)).toBe('wellbeing.change.lowerLastMonth');
  });

  it('names the day of the earlier check-in when none is about a month older', () => {
    expect(changeOf([{ on: '2026-03-01', score: 12 }, { on: '2026-03-06', score: 20 }], 10, 50)).toEqual({ direction: 'higher', against: 'date', earlierOn: '2026-03-01' });
    expect(changeOf([{ on: '2025-06-01', score: 12 }, { on: '2026-03-06', score: 20 }], 10, 50)?.against).toBe('date');
  });

  it('says "earlier the same day" for two check-ins of one day', () => {
    const change = changeOf([{ on: '2026-03-06', score: 12 }, { on: '2026-03-06', score: 30 }], 0, 40);
    expect(change).toEqual({ direction: 'higher', against: 'sameDay', earlierOn: '2026-03-06' });
    expect(changeKey(change!)).toBe('wellbeing.change.higherSameDay');
  });

  it('reads a move of less than a twentieth of the scale as about the same', () => {
    expect(changeOf([{ on: '2026-02-01', score: 20 }, { on: '2026-03-06', score: 21 }], 10, 50)?.direction).toBe('same');
    expect(changeOf([{ on: '2026-02-01', score: 20 }, { on: '2026-03-06', score: 23 }], 10, 50)?.direction).toBe('higher');
  });

  it('skips check-ins without a score, and says nothing with fewer than two scores', () => {
    expect(changeOf([{ on: '2026-02-01', score: 20 }, { on: '2026-03-01', score: null }, { on: '2026-03-06', score: 12 }], 10, 50)).toEqual({
      direction: 'lower',
      against: 'lastMonth',
      earlierOn: '2026-02-01',
    });
    expect(changeOf([{ on: '2026-03-06', score: 12 }, { on: '2026-03-07', score: null }], 10, 50)).toBeNull();
    expect(changeOf([], 10, 50)).toBeNull();
  });
});

describe('trendSummary: the sentence above a trend, in words before numbers', () => {
  const points = [
    { on: '2026-01-05', score: 30, label: 'Many signs' },
    { on: '2026-02-04', score: 26, label: 'Many signs' },
    { on: '2026-03-06', score: 18, label: 'Some signs' },
  ];
  const band = (p: { label: string }) => p.label;

  it('says how many, from when to when (dates in full), the latest band and the move, in English', async () => {
    const t = await textsFor('en', 'wellbeing');
    expect(trendSummary(t, { points, lowest: 0, highest: 40 }, 'en', band)).toBe(
      '3 check-ins from 5 January 2026 to 6 March 2026. Most recently "Some signs", lower than last month.',
    );
    expect(trendSummary(t, { points: points.slice(0, 1), lowest: 0, highest: 40 }, 'en', band)).toBe('One check-in, on 5 January 2026: "Many signs".');
    expect(trendSummary(t, { points: [{ on: '2026-01-05', score: null, label: '' }], lowest: 0, highest: 40 }, 'en', band)).toBe(
      'No check-in had enough answers for a score yet.',
    );
  });

  it('reads in Spanish, dates written the Spanish way', async () => {
    const t = await textsFor('es', 'wellbeing');
    expect(trendSummary(t, { points, lowest: 0, highest: 40 }, 'es', band)).toBe(
      '3 revisiones del 5 de enero de 2026 al 6 de marzo de 2026. La más reciente está en «Some signs», con una puntuación más baja que el mes pasado.',
    );
  });
});
