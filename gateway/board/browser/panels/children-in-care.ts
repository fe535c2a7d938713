import { stackedBarChart } from '../charts';
import { Figure, FIGURE_FIELDS, figureCell, label } from '../figures';
import { askHub, errorAt } from '../graphql';
import { BoardPanel, errorNotes } from './panel';

interface Breakdown {
  total: Figure;
  breakdown: { key: string; figure: Figure }[];
}
interface Answer {
  region: {
    name: string;
    childrenInCare: Breakdown | null;
    members: { code: string; name: string; shortName: string; childrenInCare: Breakdown | null }[];
  };
}

const QUERY = `query BoardChildrenInCare($region: ID!, $at: Date!) {
  region(code: $region) {
    name
    childrenInCare(at: $at) { ...Bands }
    members { code name shortName childrenInCare(at: $at) { ...Bands } }
  }
}
fragment Bands on ChildrenInCare { total { ...F } breakdown(by: AGE_BAND) { key figure { ...F } } }
${FIGURE_FIELDS}`;

/** DfE's standard age bands, the hub's default. */
const BANDS = ['under 1', '1-4', '5-9', '10-15', '16+'];

/** Children in care at the date, by DfE's age bands, per council and for the partnership. */
export const childrenInCarePanel: BoardPanel = {
  id: 'children-in-care',
  title: 'Children in care by age band',
  describe: (s) => `Children looked after at the end of ${s.at}, by age, in each council and the partnership.`,
  async load(selection) {
    const { data, errors } = await askHub<Answer>(QUERY, { region: selection.region, at: selection.at });
    if (!data) return { table: { columns: [], rows: [] }, charts: [], notes: errorNotes(errors) };
    const row = (name: string, measure: Breakdown | null, path: (string | number)[]) => {
      const missing = errorAt(errors, path)?.extensions?.code === 'NO_DATA' ? 'no data' : 'unavailable';
      const byBand = new Map(measure?.breakdown.map((b) => [b.key, b.figure]));
      return [
        label(name),
        ...BANDS.map((band) => figureCell(measure ? byBand.get(band) : null, missing)),
        figureCell(measure?.total, missing),
      ];
    };
    const members = data.region.members;
    const rows = [
      ...members.map((m, i) => row(m.name, m.childrenInCare, ['region', 'members', i, 'childrenInCare'])),
      row(`${data.region.name} (all)`, data.region.childrenInCare, ['region', 'childrenInCare']),
    ];
    const chart = stackedBarChart({
      title: `Children in care at ${selection.at} by age band`,
      categories: members.map((m) => m.shortName),
      series: BANDS,
      values: members.map((m) =>
        BANDS.map((band) => m.childrenInCare?.breakdown.find((b) => b.key === band)?.figure.value ?? null),
      ),
    });
    return { table: { columns: ['Council', ...BANDS, 'Total'], rows }, charts: [chart], notes: errorNotes(errors) };
  },
};
