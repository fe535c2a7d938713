import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { cohortCondition, lookedAfterKey } from './cohort.sql';
import { groupedRows } from './grouped-query';

/** Suspensions or permanent exclusions of a cohort in a period: how many, of how many pupils, and the days lost. */
export interface ExclusionRow {
  authorityCode: string;
  phase?: string;
  senStatus?: string;
  lookedAfter?: string;
  reason?: string;
  exclusions: number;
  pupils: number;
  daysLost: number;
}

export function exclusionsIn(
  ds: DataSource,
  codes: string[],
  period: Period,
  kind: 'SUSPENSION' | 'PERMANENT',
  attributes: string[],
  cohort: string,
): Promise<ExclusionRow[]> {
  return groupedRows<ExclusionRow>(ds, codes, attributes, {
    from: 'exclusion x',
    alias: 'x',
    where: `x.kind = ? AND x.start_on BETWEEN ? AND ? AND ${cohortCondition(cohort, 'x.sen_status', 'x.pupil_id', 'x.start_on')}`,
    parameters: [kind, period.start, period.end],
    columns: {
      phase: 'x.phase',
      senStatus: 'x.sen_status',
      lookedAfter: lookedAfterKey('x.pupil_id', 'x.start_on'),
      reason: 'x.reason',
    },
    aggregates: { exclusions: 'COUNT(*)', pupils: 'COUNT(DISTINCT x.pupil_id)', daysLost: 'SUM(x.days_lost)' },
  });
}
