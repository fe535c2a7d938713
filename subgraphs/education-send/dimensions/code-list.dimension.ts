import { AgeBand, bandOf, parseAgeBands, SEN2_AGE_BANDS } from '../../../schema/vocabulary/age-bands';
import { ageInYears } from '../../../schema/vocabulary/dates';
import { CubeRow, Dimension } from '../../measures/breakdown';
import { CodeList } from '../codes/send.codes';

/** A dimension over one attribute whose values are the codes of a list. */
export function codeListDimension<R extends CubeRow>(column: string, list: CodeList, attribute: string): Dimension<R> {
  return {
    column,
    attributes: [attribute],
    keys: () => Object.entries(list).map(([key, label]) => ({ key, label })),
    keyOf: (row) => String((row as unknown as Record<string, unknown>)[attribute]),
  };
}

/** SEN2's age bands (age at 31 August is not used: age in completed years at the date or event). */
export { SEN2_AGE_BANDS };

export const SEND_AGE_BANDS_DESCRIPTION =
  'Age bands for AGE_BAND, e.g. ["0-5", "6-15", "16+"]: contiguous from 0, each "under 1", "A-B", "A" or "A+"; default SEN2\'s ["0-4", "5-10", "11-15", "16-19", "20-25"].';

export function parseSendAgeBands(value: unknown): AgeBand[] {
  const labels = value as string[] | null | undefined;
  return parseAgeBands('ageBands', labels && labels.length ? labels : SEN2_AGE_BANDS);
}

/** Age in the bands asked for: at the snapshot date, or (flows, `at` absent) at each row's event. */
export function ageBandDimension<R extends CubeRow & { dateOfBirth?: string; eventDate?: string }>(
  bands: AgeBand[],
  at: string | undefined,
): Dimension<R> {
  return {
    column: 'age_band',
    attributes: at ? ['dateOfBirth'] : ['dateOfBirth', 'eventDate'],
    keys: () =>
      bands.map((b) => ({ key: b.label, label: b.to === undefined ? `aged ${b.from} and over` : `aged ${b.label}` })),
    keyOf: (row) => bandOf(bands, ageInYears(row.dateOfBirth!, at ?? row.eventDate!)).label,
  };
}
