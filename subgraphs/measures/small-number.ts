/** Smallest and largest counts withheld from callers who may only see aggregates (DISCLOSURE.md). */
export const SMALL_NUMBER = { min: 1, max: 4 };

/** Whether a count is one withheld from callers who may only see aggregates. */
export function isSmallCount(count: number): boolean {
  return count >= SMALL_NUMBER.min && count <= SMALL_NUMBER.max;
}
