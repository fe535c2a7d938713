import { Cell, Figure, FIGURE_FIELDS, figureCell, label } from '../figures';
import { askHub, errorAt } from '../graphql';
import { BoardPanel, BoardSelection, errorNotes } from './panel';

/** One headline figure: a column of the panel's table. */
export interface Headline {
  /** The column's heading. */
  name: string;
  /**
   * The field to ask on LocalAuthority and Region, with $at (a Date) or $period (the financial
   * year) as its argument and the figure's path inside it, e.g. `contacts(period: $period) { total { ...F } }`.
   */
  field: string;
  /** The figure in the field's answer. */
  pick(answer: unknown): Figure | null | undefined;
}

export interface HeadlinePanelOptions {
  id: string;
  title: string;
  describe(selection: BoardSelection): string;
  headlines: Headline[];
}

type Area = Record<string, unknown> & { name: string };

/**
 * A panel of headline figures, one column each, one row per council and one for the partnership:
 * what a domain's board section needs, declared as fields (see early-help.ts). The query asks each
 * as an alias, so one request brings the lot.
 */
export function headlinePanel(options: HeadlinePanelOptions): BoardPanel {
  const fields = options.headlines.map((h, i) => `h${i}: ${h.field}`).join('\n    ');
  const used = (name: string) => options.headlines.some((h) => h.field.includes(`$${name}`));
  const variables = [`$region: ID!`, used('at') ? '$at: Date!' : '', used('period') ? '$period: Period!' : '']
    .filter(Boolean)
    .join(', ');
  const operation = options.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
  const query = `query Board${operation}(${variables}) {
  region(code: $region) {
    name
    ${fields}
    members { name ${fields} }
  }
}
${FIGURE_FIELDS}`;
  return {
    id: options.id,
    title: options.title,
    describe: options.describe,
    async load(selection) {
      const { data, errors } = await askHub<{ region: Area & { members: Area[] } }>(query, {
        region: selection.region,
        ...(used('at') ? { at: selection.at } : {}),
        ...(used('period') ? { period: selection.year } : {}),
      });
      if (!data) return { table: { columns: [], rows: [] }, charts: [], notes: errorNotes(errors) };
      const row = (area: Area, name: string, path: (string | number)[]): Cell[] => [
        label(name),
        ...options.headlines.map((h, i) => {
          const missing =
            errorAt(errors, [...path, `h${i}`])?.extensions?.code === 'NO_DATA' ? 'no data' : 'unavailable';
          const answer = area[`h${i}`];
          return figureCell(answer ? h.pick(answer) : null, missing);
        }),
      ];
      const rows = [
        ...data.region.members.map((m, i) => row(m, m.name, ['region', 'members', i])),
        row(data.region, `${data.region.name} (all)`, ['region']),
      ];
      return {
        table: { columns: ['Council', ...options.headlines.map((h) => h.name)], rows },
        charts: [],
        notes: errorNotes(errors),
      };
    },
  };
}
