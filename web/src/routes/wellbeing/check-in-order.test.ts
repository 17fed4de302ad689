import { describe, expect, it } from 'vitest';
import { checkInToOffer, orderCheckIns } from './check-in-order';

const offered = [{ id: 'proqol-5' }, { id: 'tend.processing-together' }, { id: 'tend.seven-targets' }, { id: 'tend.sts-self-check' }];
const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('the order check-ins are offered in', () => {
  it('lists the STS check-in first for someone who has not checked in, the rest as offered', () => {
    expect(ids(orderCheckIns(offered, []))).toEqual(['tend.sts-self-check', 'proqol-5', 'tend.processing-together', 'tend.seven-targets']);
    expect(checkInToOffer(offered, [])?.id).toBe('tend.sts-self-check');
  });

  it('puts the one a person uses most first', () => {
    const counts = [
      { instrumentId: 'tend.seven-targets', count: 5 },
      { instrumentId: 'tend.sts-self-check', count: 2 },
    ];
    expect(ids(orderCheckIns(offered, counts))).toEqual(['tend.seven-targets', 'tend.sts-self-check', 'proqol-5', 'tend.processing-together']);
    expect(checkInToOffer(offered, counts)?.id).toBe('tend.seven-targets');
  });

  it('ignores counts of a check-in no longer offered, and falls back to the first offered without the STS one', () => {
    expect(checkInToOffer(offered, [{ instrumentId: 'withdrawn', count: 9 }])?.id).toBe('tend.sts-self-check');
    expect(checkInToOffer([{ id: 'b' }, { id: 'a' }], [])?.id).toBe('b');
    expect(checkInToOffer([], [])).toBeUndefined();
  });
});
