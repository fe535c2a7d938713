import { HubError } from '../graphql';
import { Table } from '../table';

/** What the reader picked: a partnership (region), a date for snapshots and a financial year for flows. */
export interface BoardSelection {
  region: string;
  /** YYYY-MM-DD, e.g. 2022-03-31. */
  at: string;
  /** A financial year, e.g. 2021-22. */
  year: string;
}

/** What a panel shows once loaded: its table (also its CSV), charts, and notes (e.g. the errors it got). */
export interface PanelView {
  table: Table;
  charts: SVGSVGElement[];
  notes: string[];
}

/**
 * One section of the board page. A domain adds a panel by writing one file that exports a
 * BoardPanel and listing it in panels/index.ts; the page does the rest (layout, CSV, errors).
 */
export interface BoardPanel {
  id: string;
  title: string;
  /** A line under the title saying what is shown for the selection. */
  describe(selection: BoardSelection): string;
  load(selection: BoardSelection): Promise<PanelView>;
}

/** The notes for a panel's errors, one per kind (NO_DATA for a council the hub holds nothing for, etc.). */
export function errorNotes(errors: HubError[]): string[] {
  const codes = new Map<string, string>();
  for (const error of errors) {
    const code = error.extensions?.code ?? 'ERROR';
    if (!codes.has(code)) codes.set(code, error.message);
  }
  return [...codes].map(([code, message]) => `${code}: ${message}`);
}
