import { Kind, parse, SelectionSetNode } from 'graphql';
import { Backend, backends } from '../backends';
import { boardToken } from '../board-token';
import { GraphQLResponse, Stack, startStackWithTokens } from '../stack';
import { PublishedRow, publishedRows } from './published-rows';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Who asks: a board member of an adoption agency (sees its small numbers), or nobody in particular. */
export type Caller = 'T4C' | 'ATV' | 'anonymous';

/** One published number and where the hub answers it. */
export interface Check {
  label: string;
  /** The root field: `localAuthority(code: "…")` or `region(code: "…")`. */
  root: string;
  /** The selection on the root. */
  field: string;
  /** How to read the number from the root's result. */
  read: (result: any) => number | null;
  as: Caller;
  expected: number;
  /** `over`: the hub's value must exceed the published one (the paper says "over 100"). */
  compare: 'equal' | 'over';
}

/** What a declaration gives for one row: the check, less what the runner fills in from the row. */
export type RowCheck = Omit<Check, 'label' | 'expected' | 'compare'> & Partial<Pick<Check, 'expected' | 'compare'>>;

/**
 * One area's calibration: which measures of published-figures.csv it answers (and how), which it
 * does not model (and why), and which single rows of its measures it does not check (and why).
 * An area owns every row of the measures it names and every row it lists as an exception.
 */
export interface AreaDeclaration {
  area: string;
  /** Measures whose rows are checked through the gateway. */
  checked: readonly string[];
  /** Measures the hub does not model, each with the reason. */
  notModelled: Readonly<Record<string, string>>;
  /** Rows (by id) of the area's measures that are not checked as published, each with the reason. */
  rowExceptions: Readonly<Record<string, string>>;
  /**
   * The query answering a row of a checked measure, or null if the declaration cannot read it (an
   * error unless excepted).
   */
  check(row: PublishedRow): RowCheck | null;
  /** Checks from other published sources (e.g. DfE's counts in england-las.csv). */
  extraChecks?(rows: PublishedRow[]): Check[];
}

/**
 * Rows of published-figures.csv owned by a subgraph that is not built yet: every row of its
 * domains, and rows filed under other domains whose measures belong to it. When the subgraph lands
 * it must claim them with an AreaDeclaration.
 */
export interface NotYetBuilt {
  subgraph: string;
  domains: readonly string[];
  /** Measures filed under another domain (e.g. `other`, `workforce`, `finance`) that belong here, with why. */
  measures: Readonly<Record<string, string>>;
  reason: string;
}

export type Owner = { kind: 'area'; declaration: AreaDeclaration } | { kind: 'not-yet-built'; group: NotYetBuilt };

/**
 * Who owns a row: the areas and not-yet-built subgraphs that name its measure or its id; only if
 * none does, the not-yet-built subgraphs whose domain it is filed under (so a domestic-abuse
 * measure filed under `workforce` is the domestic-abuse subgraph's, not the workforce one's).
 */
export function ownersOf(
  row: PublishedRow,
  declarations: readonly AreaDeclaration[],
  notYetBuilt: readonly NotYetBuilt[],
): Owner[] {
  const named: Owner[] = [
    ...declarations
      .filter((d) => d.checked.includes(row.measure) || row.measure in d.notModelled || row.id in d.rowExceptions)
      .map((declaration) => ({ kind: 'area' as const, declaration })),
    ...notYetBuilt.filter((g) => row.measure in g.measures).map((group) => ({ kind: 'not-yet-built' as const, group })),
  ];
  if (named.length) return named;
  return notYetBuilt
    .filter((g) => g.domains.includes(row.domain))
    .map((group) => ({ kind: 'not-yet-built' as const, group }));
}

export const ownerName = (o: Owner) => (o.kind === 'area' ? o.declaration.area : `${o.group.subgraph} (not yet built)`);

/** The rows an area owns. */
export function rowsOf(declaration: AreaDeclaration, rows: PublishedRow[] = publishedRows()): PublishedRow[] {
  return rows.filter(
    (row) =>
      declaration.checked.includes(row.measure) ||
      row.measure in declaration.notModelled ||
      row.id in declaration.rowExceptions,
  );
}

/**
 * Every check of an area: each of its rows is checked, excepted by id, or of a measure not modelled
 * — anything else is an error.
 */
export function checksOf(declaration: AreaDeclaration, rows: PublishedRow[] = publishedRows()): Check[] {
  const checks: Check[] = [];
  for (const row of rowsOf(declaration, rows)) {
    if (row.id in declaration.rowExceptions || row.measure in declaration.notModelled) continue;
    const check = declaration.check(row);
    if (!check)
      throw new Error(
        `${declaration.area}: published figure ${row.id} (${row.measure} ${row.breakdown}) has no check and no listed exception`,
      );
    checks.push({ compare: 'equal', expected: row.value, ...check, label: `${row.id} (${row.value})` });
  }
  checks.push(...(declaration.extraChecks?.(rows) ?? []));
  return checks;
}

/**
 * Fields a selection counts at the gateway's limit (every field and alias, as
 * subgraphs/platform/query-measure.ts counts).
 */
function fieldCount(selection: string): number {
  const count = (set: SelectionSetNode): number =>
    set.selections.reduce(
      (n, s) =>
        n +
        (s.kind === Kind.FIELD
          ? 1 + (s.selectionSet ? count(s.selectionSet) : 0)
          : s.kind === Kind.INLINE_FRAGMENT
            ? count(s.selectionSet)
            : 0),
      0,
    );
  const operation = parse(`{ ${selection} }`).definitions[0];
  return operation.kind === Kind.OPERATION_DEFINITION ? count(operation.selectionSet) : 0;
}

/** The gateway refuses more than 2000 fields in one operation; stay well below. */
const MAX_FIELDS_PER_REQUEST = 1500;
/**
 * Root fields per request. The gateway sends each aliased root's entity fetch to a subgraph as a
 * request of its own, all at once: with 125 or more in one operation, the adoption subgraph's
 * connections were reset (socket hang up / ECONNRESET) when both backends' suites ran side by side.
 */
const MAX_CHECKS_PER_REQUEST = 40;

export interface Batch {
  as: Caller;
  query: string;
  aliases: string[];
}

/** The checks packed into as few requests as the gateway's field limit allows, one caller per request. */
export function batchesOf(checks: readonly Check[]): {
  batches: Batch[];
  aliasOf: Map<Check, { batch: number; alias: string }>;
} {
  const batches: Batch[] = [];
  const aliasOf = new Map<Check, { batch: number; alias: string }>();
  const callers = [...new Set(checks.map((c) => c.as))];
  for (const as of callers) {
    let parts: string[] = [];
    let aliases: string[] = [];
    let fields = 0;
    const flush = () => {
      if (parts.length) batches.push({ as, query: `{\n${parts.join('\n')}\n}`, aliases });
      parts = [];
      aliases = [];
      fields = 0;
    };
    checks.forEach((check, i) => {
      if (check.as !== as) return;
      const alias = `c${i}`;
      const selection = `${alias}: ${check.root} { ${check.field} }`;
      const n = fieldCount(selection);
      if (fields + n > MAX_FIELDS_PER_REQUEST || aliases.length >= MAX_CHECKS_PER_REQUEST) flush();
      parts.push(selection);
      aliases.push(alias);
      fields += n;
      aliasOf.set(check, { batch: batches.length, alias });
    });
    flush();
  }
  return { batches, aliasOf };
}

export interface CalibrationRun {
  checks: Check[];
  batches: Batch[];
  /** The stack the checks ran against (for an area's own extra tests). */
  stack(): Stack;
}

/**
 * Declares, for each backend, a suite that starts the stack, sends an area's checks in a few
 * batched requests and asserts each published row equals the hub's answer (one test per row, so a
 * failure names the row). `more` adds the area's own tests against the same stack.
 */
export function describeCalibration(
  declaration: AreaDeclaration,
  options: { mustInclude?: string[]; more?: (run: CalibrationRun) => void } = {},
): void {
  const checks = checksOf(declaration);
  const { batches, aliasOf } = batchesOf(checks);

  describe.each(backends())(`${declaration.area} calibrated through the gateway on %s`, (backend: Backend) => {
    let stack: Stack;
    let responses: GraphQLResponse[] = [];
    beforeAll(async () => {
      stack = await startStackWithTokens(backend);
      responses = [];
      for (const batch of batches)
        responses.push(
          await stack.query(batch.query, undefined, batch.as === 'anonymous' ? undefined : boardToken(batch.as)),
        );
    });
    afterAll(() => stack?.stop());

    it(`sends its ${checks.length} checks in ${batches.length} requests`, () => {
      expect(checks.length).toBeGreaterThan(0);
      expect(batches.length).toBeLessThanOrEqual(Math.ceil(checks.length / 20));
      const labels = checks.map((c) => c.label).join('\n');
      for (const label of options.mustInclude ?? []) expect(labels).toContain(label);
    });

    it.each(checks.map((c) => [c.label, c] as const))('%s', (_label, check) => {
      const { batch, alias } = aliasOf.get(check)!;
      const response = responses[batch];
      const errors = (response.errors ?? []).filter((e: any) => !e.path || e.path[0] === alias);
      expect(errors).toEqual([]);
      const value = check.read(response.data![alias]);
      if (check.compare === 'over') expect(value).toBeGreaterThan(check.expected);
      else expect(value).toBe(check.expected);
    });

    options.more?.({ checks, batches, stack: () => stack });
  });
}
