/** Age bands at placement (or at the decision if never placed), as ATV's papers count them. */
export const BANDS = ['0-12m', '1-2y', '2-3y', '3-4y', '4-5y', '5y+'];
export const BAND_WEIGHTS = { '0-12m': 38, '1-2y': 24, '2-3y': 12, '3-4y': 8, '4-5y': 6, '5y+': 12 };
/** Ages in days at placement for a band (a range inside it, away from its edges). */
export const BAND_DAYS: Record<string, [number, number]> = {
  '0-12m': [60, 300],
  '1-2y': [400, 700],
  '2-3y': [760, 1060],
  '3-4y': [1130, 1420],
  '4-5y': [1500, 1790],
  '5y+': [1860, 3300],
};
export const ETHNIC_MINORITY = ['MWBC', 'MWBA', 'MWAS', 'MOTH', 'WOTH', 'APKN', 'BCRB', 'BAFR', 'OOTH'];

/** The longest a journey can take for the child still to be in their age band when placed. */
export const longestFor = (band: string) => Math.min(2400, BAND_DAYS[band][1] - 70);
