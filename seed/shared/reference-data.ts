import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { daysInMonth } from '../../schema/vocabulary/dates';
import { projectRoot } from '../../subgraphs/platform/project-root';
import { parseCsv } from './csv';

/** The published data the generator is calibrated to, copied into seed/data/ (see CALIBRATION.md). */
function read(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(join(projectRoot(), 'seed', 'data', file), 'utf8'));
}

export const YEARS = [2021, 2022, 2023, 2024, 2025];

export interface EnglandLa {
  gss: string;
  dfe: string;
  name: string;
  regionCode: string;
  regionName: string;
  /** Year (of 31 March) → under-18 population, where published. */
  population: Map<number, number>;
  /** Year → children looked after at 31 March, where published. */
  childrenLookedAfter: Map<number, number>;
}

const numeric = (value: string | undefined) => (value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined);

export function englandLas(): EnglandLa[] {
  return read('england-las.csv').map((r) => {
    const population = new Map<number, number>();
    const childrenLookedAfter = new Map<number, number>();
    for (const year of YEARS) {
      const pop = numeric(r[`pop_under18_${year}`]);
      const cla = numeric(r[`cla_31_march_${year}`]);
      if (pop !== undefined) population.set(year, pop);
      if (cla !== undefined) childrenLookedAfter.set(year, cla);
    }
    return {
      gss: r.gss,
      dfe: r.dfe,
      name: r.name,
      regionCode: r.region_code,
      regionName: r.region_name,
      population,
      childrenLookedAfter,
    };
  });
}

export interface PublishedFigure {
  id: string;
  domain: string;
  measure: string;
  authority: string;
  period: string;
  value: number;
  asOf: string;
  breakdown: string;
}

export function publishedFigures(): PublishedFigure[] {
  return read('published-figures.csv').map((r) => ({
    id: r.id,
    domain: r.domain,
    measure: r.measure,
    authority: r.authority,
    period: r.period,
    value: Number(r.value),
    asOf: r.as_of,
    breakdown: r.breakdown,
  }));
}

/** A published date: a day as given; a month ("2022-03") means its last day. */
export function publishedDate(asOf: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  const [year, month] = asOf.split('-').map(Number);
  return `${asOf}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}
