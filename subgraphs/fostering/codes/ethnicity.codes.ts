import { CodeList } from './code-list';

/** SSDA903 ethnic origin codes. */
export const ETHNICITY: CodeList = {
  WBRI: 'White British',
  WIRI: 'White Irish',
  WOTH: 'Any other White background',
  WIRT: 'Traveller of Irish heritage',
  WROM: 'Gypsy/Roma',
  MWBC: 'White and Black Caribbean',
  MWBA: 'White and Black African',
  MWAS: 'White and Asian',
  MOTH: 'Any other mixed background',
  AIND: 'Indian',
  APKN: 'Pakistani',
  ABAN: 'Bangladeshi',
  AOTH: 'Any other Asian background',
  BCRB: 'Caribbean',
  BAFR: 'African',
  BOTH: 'Any other Black background',
  CHNE: 'Chinese',
  OOTH: 'Any other ethnic group',
  REFU: 'Refused',
  NOBT: 'Information not yet obtained',
};

/** The five groups DfE publishes, plus not known. */
export const ETHNICITY_GROUP: CodeList = {
  WHITE: 'White',
  MIXED: 'Mixed or multiple ethnic groups',
  ASIAN: 'Asian or Asian British',
  BLACK: 'Black, African, Caribbean or Black British',
  OTHER: 'Other ethnic group',
  NOT_KNOWN: 'Refused or not yet obtained',
};

export function ethnicityGroupOf(code: string): string {
  if (code === 'REFU' || code === 'NOBT') return 'NOT_KNOWN';
  if (code === 'CHNE' || code === 'OOTH') return 'OTHER';
  return ({ W: 'WHITE', M: 'MIXED', A: 'ASIAN', B: 'BLACK' } as Record<string, string>)[code[0]] ?? 'OTHER';
}
