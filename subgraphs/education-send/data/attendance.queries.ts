import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { placeholders } from '../../platform/authority-rows.loader';
import { cohortCondition, lookedAfterKey } from './cohort.sql';

/**
 * Pupils of a cohort over the terms starting in a period, grouped by the attributes asked for:
 * `pupils`, their sessions `possible` and `missed`, and `persistent` — those who missed at least
 * `threshold` per cent of their possible sessions over the period (DfE's persistent absence, 10%).
 */
export interface AbsenceRow {
  authorityCode: string;
  phase?: string;
  senStatus?: string;
  lookedAfter?: string;
  pupils: number;
  possible: number;
  missed: number;
  persistent: number;
}

const COLUMNS: Record<string, string> = {
  phase: 'a.phase',
  senStatus: 'a.sen_status',
  lookedAfter: lookedAfterKey('a.pupil_id', 'a.term_start'),
};

/**
 * One statement: each pupil's sessions over the period (per combination of the attributes, so a
 * pupil whose phase or SEN status changed between terms counts in each with those terms'
 * sessions), then the pupils folded by authority and attributes.
 */
export async function absenceIn(
  ds: DataSource,
  codes: string[],
  period: Period,
  attributes: string[],
  cohort: string,
  threshold: number,
): Promise<AbsenceRow[]> {
  const inner = attributes.map((a, i) => `${COLUMNS[a]} AS a${i}`);
  const outer = attributes.map((_, i) => `t.a${i}`);
  const rows: Record<string, unknown>[] = await ds.query(
    `SELECT t.authority_code, ${[...outer.map((o, i) => `${o} AS a${i}`)].join(', ')}${outer.length ? ',' : ''}
       COUNT(*) AS pupils, SUM(t.possible) AS possible, SUM(t.missed) AS missed,
       SUM(CASE WHEN t.missed * 100 >= ? * t.possible THEN 1 ELSE 0 END) AS persistent
     FROM (
       SELECT a.authority_code, a.pupil_id, ${[...inner, 'SUM(a.possible_sessions) AS possible', 'SUM(a.missed_sessions) AS missed'].join(', ')}
       FROM attendance a
       WHERE a.authority_code IN (${placeholders(codes)}) AND a.term_start BETWEEN ? AND ?
         AND ${cohortCondition(cohort, 'a.sen_status', 'a.pupil_id', 'a.term_start')}
       GROUP BY ${['a.authority_code', 'a.pupil_id', ...attributes.map((a) => COLUMNS[a])].join(', ')}
     ) t
     GROUP BY ${['t.authority_code', ...outer].join(', ')}`,
    [threshold, ...codes, period.start, period.end],
  );
  return rows.map((raw) => {
    const row: AbsenceRow = {
      authorityCode: String(raw.authority_code),
      pupils: Number(raw.pupils),
      possible: Number(raw.possible ?? 0),
      missed: Number(raw.missed ?? 0),
      persistent: Number(raw.persistent ?? 0),
    };
    attributes.forEach((a, i) => ((row as unknown as Record<string, string>)[a] = String(raw[`a${i}`])));
    return row;
  });
}
