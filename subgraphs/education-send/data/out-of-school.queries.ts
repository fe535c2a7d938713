import { DataSource } from 'typeorm';
import { groupedRows } from './grouped-query';
import { SchoolRow } from './school-row';

/** Children electively home educated (EHE) or missing education (CME) at the end of `at`. */
export function outOfSchoolAt(
  ds: DataSource,
  codes: string[],
  at: string,
  kind: 'EHE' | 'CME',
  attributes: string[],
): Promise<SchoolRow[]> {
  return groupedRows<SchoolRow>(ds, codes, attributes, {
    from: 'education_episode o JOIN pupil u ON u.id = o.pupil_id',
    alias: 'o',
    where: 'o.kind = ? AND o.start_on <= ? AND (o.end_on IS NULL OR o.end_on > ?)',
    parameters: [kind, at, at],
    columns: { senStatus: 'o.sen_status', dateOfBirth: 'u.date_of_birth' },
    aggregates: { n: 'COUNT(*)' },
  });
}
