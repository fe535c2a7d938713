/** Which councils a seed generates: the nine pilot councils of the papers, or every council with a published count. */
export type SeedScope = 'pilot' | 'national';
