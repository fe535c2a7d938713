import { lineChart, LineSeries } from '../charts';
import { Cell, Figure, FIGURE_FIELDS, figureCell, label, valueCell } from '../figures';
import { askHub, errorAt } from '../graphql';
import { BoardPanel, errorNotes } from './panel';

interface Timeliness {
  period: string;
  children: Figure;
  a10: Figure;
  a2: Figure;
}
interface Answer {
  region: {
    name: string;
    adoptionTimelinessSeries: Timeliness[] | null;
    members: { name: string; shortName: string; adoptionTimelinessSeries: Timeliness[] | null }[];
  };
}

const QUERY = `query BoardAdoptionScorecard($region: ID!, $periods: [Period!]!) {
  region(code: $region) {
    name
    adoptionTimelinessSeries(periods: $periods) { ...Scorecard }
    members { name shortName adoptionTimelinessSeries(periods: $periods) { ...Scorecard } }
  }
}
fragment Scorecard on AdoptionTimeliness { period children { ...F } a10 { ...F } a2 { ...F } }
${FIGURE_FIELDS}`;

/** The adoption data starts in 2018-19, so the first three-year window is 2018-21. */
const FIRST_WINDOW_END = 2021;

/** The three-year windows ("2018-21", …) ending from 2020-21 up to the chosen financial year. */
export function scorecardWindows(year: string): string[] {
  const end = Number(year.slice(0, 4)) + 1;
  const windows: string[] = [];
  for (let last = FIRST_WINDOW_END; last <= Math.max(end, FIRST_WINDOW_END); last++)
    windows.push(`${last - 3}-${String(last % 100).padStart(2, '0')}`);
  return windows;
}

const INDICATORS = [
  { key: 'children', name: 'Children adopted' },
  { key: 'a10', name: 'A10: entering care to placement (days)' },
  { key: 'a2', name: 'A2: court authority to match (days)' },
] as const;

/** The scorecard's A10 and A2 (three-year averages) per council, beside England's average and the target. */
export const adoptionScorecardPanel: BoardPanel = {
  id: 'adoption-scorecard',
  title: 'Adoption scorecard: A10 and A2',
  describe: (s) =>
    `Three-year averages ${scorecardWindows(s.year).join(', ')} per council and for the partnership, beside England's average and the government's target.`,
  async load(selection) {
    const periods = scorecardWindows(selection.year);
    const { data, errors } = await askHub<Answer>(QUERY, { region: selection.region, periods });
    if (!data) return { table: { columns: [], rows: [] }, charts: [], notes: errorNotes(errors) };
    const areas = [
      ...data.region.members.map((m, i) => ({
        name: m.name,
        shortName: m.shortName,
        series: m.adoptionTimelinessSeries,
        path: ['region', 'members', i, 'adoptionTimelinessSeries'],
      })),
      {
        name: `${data.region.name} (all)`,
        shortName: data.region.name,
        series: data.region.adoptionTimelinessSeries,
        path: ['region', 'adoptionTimelinessSeries'],
      },
    ];
    const rows: Cell[][] = [];
    for (const area of areas) {
      const missing = errorAt(errors, area.path)?.extensions?.code === 'NO_DATA' ? 'no data' : 'unavailable';
      for (const indicator of INDICATORS)
        rows.push([
          label(area.name),
          label(indicator.name),
          ...periods.map((_, p) => figureCell(area.series?.[p]?.[indicator.key], missing)),
        ]);
    }
    // England's average and the target are the same on every council's figure: read them off the partnership's.
    const reference = data.region.adoptionTimelinessSeries ?? areas.find((a) => a.series)?.series ?? null;
    for (const key of ['a10', 'a2'] as const) {
      const name = INDICATORS.find((i) => i.key === key)!.name;
      rows.push([
        label('England average'),
        label(name),
        ...periods.map((_, p) => valueCell(reference?.[p]?.[key].englandAverage, 'DAYS')),
      ]);
      rows.push([
        label('Target'),
        label(name),
        ...periods.map((_, p) => valueCell(reference?.[p]?.[key].target, 'DAYS')),
      ]);
    }
    const chartOf = (key: 'a10' | 'a2', title: string) => {
      const series: LineSeries[] = areas.map((a) => ({
        name: a.shortName,
        values: periods.map((_, p) => a.series?.[p]?.[key].value ?? null),
      }));
      series.push({
        name: 'England',
        values: periods.map((_, p) => reference?.[p]?.[key].englandAverage ?? null),
        dash: '6 4',
        colour: '#0b0c0c',
      });
      series.push({
        name: 'Target',
        values: periods.map((_, p) => reference?.[p]?.[key].target ?? null),
        dash: '2 3',
        colour: '#d4351c',
      });
      return lineChart(title, periods, series, 'days');
    };
    return {
      table: { columns: ['Area', 'Indicator', ...periods], rows },
      charts: [chartOf('a10', 'A10 (three-year average, days)'), chartOf('a2', 'A2 (three-year average, days)')],
      notes: errorNotes(errors),
    };
  },
};
