import { aggregateInterval, AttackSystem, exactInterval } from './support/attack-solver';

/** The attack suite's solver must catch what a determined reader would: it is tested on known leaks. */
describe('the attack solver', () => {
  it('recovers the one withheld cell of an exact breakdown from its total (the policy before rounding)', () => {
    const s = new AttackSystem();
    s.see('total', { value: 26, suppressionReason: null }, exactInterval);
    s.see('a', { value: null, suppressionReason: 'SMALL_NUMBER' }, exactInterval);
    s.see('b', { value: 12, suppressionReason: null }, exactInterval);
    s.see('c', { value: 12, suppressionReason: null }, exactInterval);
    s.sum('total', ['a', 'b', 'c'], 'breakdown');
    expect(s.solve()).toEqual(['a']);
    expect(s.bounds.get('a')).toEqual({ lo: 2, hi: 2 });
  });

  it('recovers a withheld cell where rounded counts line up at the ends of their intervals', () => {
    // 17 shows as 15 (13..17), 8 and 8 as 10 (8..12): the withheld cell is at most 17 − 16 = 1.
    const s = new AttackSystem();
    s.see('total', { value: 15, suppressionReason: null });
    s.see('x', { value: null, suppressionReason: 'CONFIDENTIAL' });
    s.see('b', { value: 10, suppressionReason: null });
    s.see('c', { value: 10, suppressionReason: null });
    s.sum('total', ['x', 'b', 'c'], 'breakdown');
    expect(s.solve()).toEqual(['x']);
    expect(s.bounds.get('x')).toEqual({ lo: 1, hi: 1 });
  });

  it('follows a chain of identities (a region of members, a year of quarters)', () => {
    const s = new AttackSystem();
    s.see('region', { value: 30, suppressionReason: null }, exactInterval);
    s.see('m1', { value: 20, suppressionReason: null }, exactInterval);
    s.sum('region', ['m1', 'm2'], 'members');
    s.sum('m2', ['q1', 'q2'], 'quarters');
    s.see('q1', { value: 7, suppressionReason: null }, exactInterval);
    s.see('q2', { value: null, suppressionReason: 'SMALL_NUMBER' }, exactInterval);
    expect(s.solve()).toEqual(['q2']);
    expect(s.bounds.get('q2')).toEqual({ lo: 3, hi: 3 });
  });

  it('reads a rounded count as the five values it may stand for, and a shown 5 as 5 to 7', () => {
    expect(aggregateInterval({ value: 10, suppressionReason: null })).toEqual({ lo: 8, hi: 12 });
    expect(aggregateInterval({ value: 5, suppressionReason: null })).toEqual({ lo: 5, hi: 7 });
    expect(aggregateInterval({ value: 0, suppressionReason: null })).toEqual({ lo: 0, hi: 0 });
    expect(aggregateInterval({ value: null, suppressionReason: 'NO_DATA' })).toBeNull();
  });

  it('reports a true value outside what the reader was told (an identity that does not hold)', () => {
    const s = new AttackSystem();
    s.see('total', { value: 20, suppressionReason: null }, exactInterval);
    s.see('a', { value: 10, suppressionReason: null }, exactInterval);
    s.sum('total', ['a', 'b'], 'breakdown');
    s.solve();
    expect(s.unsound(new Map([['b', 11]]))).toEqual(['b']);
  });
});
