/** The fields of the hub's Figure that the page shows: every query asks for them with this fragment. */
export const FIGURE_FIELDS = `fragment F on Figure { value unit suppressed suppressionReason englandAverage target }`;

export interface Figure {
  value: number | null;
  unit: 'COUNT' | 'RATE_PER_10000' | 'PERCENT' | 'DAYS' | 'GBP';
  suppressed: boolean;
  suppressionReason: string | null;
  englandAverage?: number | null;
  target?: number | null;
}

/** One cell of a table: a label, or a figure that may be suppressed or missing. */
export type Cell =
  | { kind: 'label'; text: string }
  | {
      kind: 'figure';
      value: number | null;
      unit: Figure['unit'];
      suppressed: boolean;
      reason?: string;
      missing?: string;
    };

export const label = (text: string): Cell => ({ kind: 'label', text });

/** A figure as a cell; `missing` says why there is none (the hub's error code, e.g. NO_DATA). */
export function figureCell(figure: Figure | null | undefined, missing = 'no data'): Cell {
  if (!figure) return { kind: 'figure', value: null, unit: 'COUNT', suppressed: false, missing };
  return {
    kind: 'figure',
    value: figure.value,
    unit: figure.unit,
    suppressed: figure.suppressed,
    reason: figure.suppressionReason ?? undefined,
    missing: figure.value === null && !figure.suppressed ? missing : undefined,
  };
}

/** A number the hub gave beside a figure (England's average, the target). */
export const valueCell = (value: number | null | undefined, unit: Figure['unit']): Cell => ({
  kind: 'figure',
  value: value ?? null,
  unit,
  suppressed: false,
  missing: value === null || value === undefined ? 'none' : undefined,
});

const SUFFIX: Record<Figure['unit'], string> = { COUNT: '', RATE_PER_10000: '', PERCENT: '%', DAYS: ' days', GBP: '' };

/** How a cell reads on the page: 1,303; 36.1%; 352 days; "suppressed"; "no data". */
export function cellText(cell: Cell): string {
  if (cell.kind === 'label') return cell.text;
  if (cell.suppressed) return 'suppressed';
  if (cell.value === null) return cell.missing ?? 'no data';
  const number = cell.value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return cell.unit === 'GBP' ? `£${number}` : `${number}${SUFFIX[cell.unit]}`;
}

/** How a cell reads in the CSV: the bare number, "suppressed", or empty when there is none. */
export function cellCsv(cell: Cell): string {
  if (cell.kind === 'label') return cell.text;
  if (cell.suppressed) return 'suppressed';
  return cell.value === null ? '' : String(cell.value);
}
