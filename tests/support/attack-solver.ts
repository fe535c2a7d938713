/**
 * What a determined reader does with everything the hub told them: each published count becomes
 * an interval (what the disclosure policy says a shown value can stand for), each identity the
 * reader knows between counts (a total is the sum of its breakdown, a year of its quarters, a region
 * of its members, a stock at B is the stock at A plus starts less ends) a linear equation, and the
 * intervals are tightened against the equations until nothing moves (bound propagation over the
 * integers). A withheld count whose interval closes to one value is recovered exactly.
 */
export interface Interval {
  lo: number;
  hi: number;
}

/** One published count as the reader saw it. */
export interface Seen {
  value: number | null;
  suppressionReason: string | null;
}

/**
 * The interval a shown value stands for under DISCLOSURE.md, read as pessimistically for the hub
 * as the policy allows: 0 is exactly 0; a withheld count is at least 1; a shown count r is a
 * multiple of 5 rounded from r − 2 … r + 2, and never below 5 (1 to 4 are withheld).
 */
export function aggregateInterval(seen: Seen, roundingBase = 5): Interval | null {
  if (seen.suppressionReason === 'NO_DATA') return null;
  if (seen.value === null) return { lo: 1, hi: Number.POSITIVE_INFINITY };
  if (seen.value === 0) return { lo: 0, hi: 0 };
  const half = Math.floor(roundingBase / 2);
  return { lo: Math.max(5, seen.value - half), hi: seen.value + half };
}

/** A reader of exact figures with small ones withheld (the policy before rounding): shown values are exact. */
export function exactInterval(seen: Seen): Interval | null {
  if (seen.suppressionReason === 'NO_DATA') return null;
  if (seen.value === null) return { lo: 1, hi: Number.POSITIVE_INFINITY };
  return { lo: seen.value, hi: seen.value };
}

/** Σ coefficient × variable = 0. */
export interface Equation {
  terms: { name: string; coefficient: 1 | -1 }[];
  /** Where it came from, for the report. */
  source: string;
}

export class AttackSystem {
  readonly bounds = new Map<string, Interval>();
  readonly withheld = new Set<string>();
  readonly equations: Equation[] = [];

  /** Records what was published under `name` (the same name for the same cell from any request). */
  see(name: string, seen: Seen, interval: (s: Seen) => Interval | null = aggregateInterval): void {
    const range = interval(seen);
    if (!range) return;
    if (seen.value === null) this.withheld.add(name);
    this.narrow(name, range);
  }

  /** A cell the reader knows nothing about yet (e.g. an age no request asked for on its own). */
  unknown(name: string): void {
    if (!this.bounds.has(name)) this.bounds.set(name, { lo: 0, hi: Number.POSITIVE_INFINITY });
  }

  /** whole = Σ parts. */
  sum(whole: string, parts: string[], source: string): void {
    for (const n of [whole, ...parts]) this.unknown(n);
    this.equations.push({
      source,
      terms: [{ name: whole, coefficient: 1 }, ...parts.map((name) => ({ name, coefficient: -1 as const }))],
    });
  }

  /** Σ plus = Σ minus (e.g. stock at B + ends = stock at A + starts). */
  balance(plus: string[], minus: string[], source: string): void {
    for (const n of [...plus, ...minus]) this.unknown(n);
    this.equations.push({
      source,
      terms: [
        ...plus.map((name) => ({ name, coefficient: 1 as const })),
        ...minus.map((name) => ({ name, coefficient: -1 as const })),
      ],
    });
  }

  private narrow(name: string, range: Interval): boolean {
    const current = this.bounds.get(name) ?? { lo: 0, hi: Number.POSITIVE_INFINITY };
    const lo = Math.max(current.lo, Math.ceil(range.lo - 1e-9));
    const hi = Math.min(current.hi, Math.floor(range.hi + 1e-9));
    const changed = lo !== current.lo || hi !== current.hi;
    this.bounds.set(name, { lo, hi });
    return changed;
  }

  /** Tightens every interval against every equation until nothing moves; returns the withheld cells pinned. */
  solve(maxRounds = 200): string[] {
    for (let round = 0; round < maxRounds; round += 1) {
      let changed = false;
      for (const { terms } of this.equations) {
        for (const target of terms) {
          // target.c × x = −Σ others c × y: bound x from the others' bounds.
          let lo = 0;
          let hi = 0;
          for (const other of terms) {
            if (other === target) continue;
            const b = this.bounds.get(other.name)!;
            const c = -other.coefficient * target.coefficient;
            lo += c > 0 ? b.lo : -b.hi;
            hi += c > 0 ? b.hi : -b.lo;
          }
          if (Number.isNaN(lo) || Number.isNaN(hi)) continue;
          if (this.narrow(target.name, { lo, hi })) changed = true;
        }
      }
      if (!changed) break;
    }
    return [...this.withheld].filter((n) => {
      const b = this.bounds.get(n)!;
      return b.lo === b.hi;
    });
  }

  /** Names whose true value (given) lies outside the reader's interval: an equation that does not hold. */
  unsound(truth: Map<string, number>): string[] {
    return [...truth]
      .filter(([n, v]) => {
        const b = this.bounds.get(n);
        return b !== undefined && (v < b.lo || v > b.hi);
      })
      .map(([n]) => n);
  }
}
