import { RequestContext } from '../platform/request-context';
import { CubeRow } from './breakdown';
import { withheldFigure } from './figure.builder';
import { Figure } from './figure.type';
import { MeasureValue } from './measure';
import { unsuppressedFor } from './unsuppressed-for';
import { statisticCells, Tally } from './statistic';

/** The key of a record without a district, as a DISTRICT dimension lists it (after the GSS codes). */
export const NO_DISTRICT = 'NONE';

/**
 * A district's count as the cell of its council's count split by district (every district of the
 * council, in GSS order, records without one last as NONE): suppressed exactly as that split
 * suppresses it, secondary suppression included, so the districts' figures asked one by one cannot
 * be added up against the council's total to recover a hidden one. A domain's DISTRICT dimension
 * lists its codes in the same order, so both give the same cells.
 */
export async function districtCount(value: MeasureValue, context: RequestContext): Promise<Figure> {
  const district = value.scope.district!;
  const council = new MeasureValue(value.declaration, { ...value.scope, district: undefined }, value.time, value.args);
  const attribute = value.districtAttribute();
  // The same batch as the district's own rows (grouped by the district): no further statement.
  const rows = await council.rows(context, [attribute]);
  const keyOf = (row: CubeRow) => {
    const code = (row as unknown as Record<string, unknown>)[attribute];
    return code == null ? NO_DISTRICT : String(code);
  };
  const tallies = rows === null ? null : new Map<string, Tally>();
  for (const row of rows ?? []) {
    const t = tallies!.get(keyOf(row)) ?? { n: 0, sum: 0 };
    tallies!.set(keyOf(row), { n: t.n + row.n, sum: 0 });
  }
  const codes = [...new Set([...(tallies?.keys() ?? []), district.code])].sort((a, b) =>
    a === NO_DISTRICT ? 1 : b === NO_DISTRICT ? -1 : a.localeCompare(b),
  );
  const cells = statisticCells(
    value.declaration.statistic,
    codes.map((key) => ({ key, label: key })),
    tallies,
    unsuppressedFor(value, context),
  );
  return cells.find((c) => c.key === district.code)!.figure;
}

/**
 * A further figure about a district's records (a step of a funnel, a sum over them), withheld
 * wherever the district's count is: shown beside the council's other cells it could give the
 * hidden count away (e.g. every referral accepted). Other scopes' figures pass as they are.
 */
export async function guardedByDistrictCount(
  value: MeasureValue,
  context: RequestContext,
  figure: Figure,
): Promise<Figure> {
  if (!value.scope.district || figure.suppressed) return figure;
  const count = await districtCount(value, context);
  return count.suppressed && count.suppressionReason !== 'NO_DATA'
    ? withheldFigure(figure, count.suppressionReason!)
    : figure;
}
