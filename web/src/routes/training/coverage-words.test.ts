import { describe, expect, it } from 'vitest';
import { textsFor } from '../../components/charts/texts-for-tests';
import { coverageExtremes, coverageMove, coverageSummary } from './coverage-words';

describe('coverage in words', () => {
  it('says coverage rose, fell or held between the first and last month ends', () => {
    const series = [
      { date: '2026-01-31', placed: 10, met: 4 },
      { date: '2026-06-30', placed: 10, met: 5 },
      { date: '2026-12-31', placed: 20, met: 13 },
    ];
    expect(coverageMove(series)).toEqual({ key: 'rose', start: 40, end: 65, from: '2026-01-31', to: '2026-12-31' });
    expect(coverageMove([...series].reverse())?.key).toBe('fell');
    expect(coverageMove([{ date: '2026-01-31', placed: 0, met: 0 }, { date: '2026-02-28', placed: 0, met: 0 }])?.key).toBe('held');
    expect(coverageMove([])).toBeNull();
  });

  it('names the lowest and highest service, leaving out one with nobody placed', () => {
    const services = [
      { name: 'Day Services', placed: 10, met: 8 },
      { name: 'Night Support', placed: 5, met: 1 },
      { name: 'Empty', placed: 0, met: 0 },
    ];
    expect(coverageExtremes(services)).toEqual({ lowest: { name: 'Night Support', percent: 20 }, highest: { name: 'Day Services', percent: 80 } });
    expect(coverageExtremes([{ name: 'Empty', placed: 0, met: 0 }])).toBeNull();
  });
});

describe('coverageSummary: the sentence above the months', () => {
  const series = [
    { date: '2026-01-31', placed: 10, met: 4 },
    { date: '2026-12-31', placed: 20, met: 13 },
  ];
  const services = [
    { name: 'Day Services', placed: 10, met: 8 },
    { name: 'Night Support', placed: 5, met: 1 },
  ];

  it('says how coverage moved over the year, months in full, and names the lowest service', async () => {
    const t = await textsFor('en', 'training');
    expect(coverageSummary(t, 'en', { series, services }, 'No service')).toBe(
      'Coverage rose from 40% in January 2026 to 65% in December 2026; Night Support is lowest at 20%.',
    );
    expect(coverageSummary(t, 'en', { series, services: services.slice(0, 1) }, 'No service')).toBe('Coverage rose from 40% in January 2026 to 65% in December 2026.');
    // services all at one share: no "lowest" to name
    const level = [
      { name: 'Day Services', placed: 10, met: 0 },
      { name: 'Night Support', placed: 5, met: 0 },
    ];
    expect(coverageSummary(t, 'en', { series: [{ date: '2026-01-31', placed: 15, met: 0 }, { date: '2026-12-31', placed: 15, met: 0 }], services: level }, 'No service')).toBe(
      'Coverage stayed at 0% from January 2026 to December 2026.',
    );
  });

  it('reads in Spanish', async () => {
    const t = await textsFor('es', 'training');
    expect(coverageSummary(t, 'es', { series, services }, 'Sin servicio')).toBe(
      'La cobertura subió del 40 % en enero de 2026 al 65 % en diciembre de 2026; Night Support es el servicio más bajo, con el 20 %.',
    );
  });
});
