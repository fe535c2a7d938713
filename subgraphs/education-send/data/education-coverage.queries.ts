import { placeholders } from '../../platform/authority-rows.loader';
import { RequestContext } from '../../platform/request-context';
import { CoverageSource, TimeWindow } from '../../measures/coverage';

/** The kinds of records a council's education coverage is kept for (see EducationCoverageRecord). */
export type EducationRecords =
  'SCHOOL_CENSUS' | 'SEN2' | 'VIRTUAL_SCHOOL' | 'PEP' | 'PEP_QUALITY' | 'POST16' | 'EDUCATION_SUPPORT';

/** Every span of the councils asked about; one statement per request, whatever kinds are asked. */
function spans(context: RequestContext, codes: readonly string[]) {
  const loader = context.loader<string, { records: string; from: string; to: string }[]>(
    'education-coverage',
    async (keys) => {
      const rows: Record<string, unknown>[] = await context.dataSource.query(
        `SELECT authority_code, records, records_from, records_to FROM education_coverage WHERE authority_code IN (${placeholders([...keys])})`,
        [...keys],
      );
      return keys.map((key) =>
        rows
          .filter((r) => String(r.authority_code) === key)
          .map((r) => ({ records: String(r.records), from: String(r.records_from), to: String(r.records_to) })),
      );
    },
  );
  return loader.loadMany(codes);
}

/**
 * Coverage by the records a figure reads: an authority is covered for a window when every kind
 * of record named holds the whole window (a figure of children in care with an EHC plan needs
 * both the virtual school's roll and SEN2).
 */
export function educationCoverage(...kinds: EducationRecords[]): CoverageSource {
  return cohortCoverage(() => kinds);
}

/**
 * Coverage whose records depend on the field's options: a school figure of the children in
 * care (`cohort: LOOKED_AFTER`) needs the virtual school's roll as well as the school census.
 */
export function cohortCoverage(kindsOf: (args: Record<string, unknown>) => EducationRecords[]): CoverageSource {
  return {
    async covered(context, authorityCodes, window: TimeWindow, args = {}): Promise<Set<string>> {
      const kinds = kindsOf(args);
      const all = await spans(context, authorityCodes);
      const covered = new Set<string>();
      all.forEach((list, i) => {
        if (list instanceof Error) throw list;
        const holds = (kind: string) =>
          list.some((s) => s.records === kind && s.from <= window.from && window.to <= s.to);
        if (kinds.every(holds)) covered.add(authorityCodes[i]);
      });
      return covered;
    },
    // The span every kind of record named holds together.
    async spans(context, authorityCodes, args = {}) {
      const kinds = kindsOf(args);
      const all = await spans(context, authorityCodes);
      return all.map((list) => {
        if (list instanceof Error) throw list;
        const each = kinds.map((kind) => list.find((s) => s.records === kind));
        if (each.some((s) => !s)) return null;
        const from = each
          .map((s) => s!.from)
          .sort()
          .pop()!;
        const to = each.map((s) => s!.to).sort()[0];
        return from <= to ? { from, to } : null;
      });
    },
  };
}
