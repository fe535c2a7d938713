/** A percentage as the hub rounds it: one decimal place. */
export const percent1 = (k: number, n: number) => Math.round((k / n) * 1000) / 10;

/**
 * The counts nearest `near` that give `pct` (to one decimal place): `n` records of which `k`
 * have the property. Published percentages come from whole numbers of PEPs or plans; this finds
 * the nearest such numbers the seed can hold.
 */
export function countsForPercent(pct: number, near: number, min = 1): { n: number; k: number } {
  for (let step = 0; step < 10_000; step += 1) {
    for (const n of [near - step, near + step]) {
      if (n < min) continue;
      const k = Math.round((pct * n) / 100);
      if (k >= 0 && k <= n && percent1(k, n) === pct) return { n, k };
    }
  }
  throw new Error(`no counts near ${near} give ${pct}%`);
}
