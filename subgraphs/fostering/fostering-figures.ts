import { countFigure, rateFigure, seesSmallNumbers } from '../measures/figure.builder';
import { FigureUnit } from '../measures/figure.type';
import { parseDateArgument } from '../../schema/vocabulary/date.scalar';
import { DataSource } from 'typeorm';
import { parsePeriodArgument, Period } from '../../schema/vocabulary/period';
import { CountMeasure } from '../measures/count-measure';
import { FigureScope } from '../measures/figure-scope';
import { loadAuthorityRows } from '../platform/authority-rows.loader';
import { RequestContext } from '../platform/request-context';
import { childrenCeasingCare, childrenInCareAt, childrenStartingCare } from './data/care-cube.queries';
import {
  childrenPlacedWithFosterCarers,
  fosterHouseholdApprovals,
  fosterHouseholdDeregistrations,
  fosterHouseholdsAt,
  HouseholdRow,
} from './data/foster-household.queries';
import { fosteringCoverage } from './data/fostering-coverage';
import { fosterCarerRecruitment } from './data/recruitment.queries';
import { CareFlow } from './types/care-flow.type';
import { ChildrenInCare } from './types/children-in-care.type';
import { FosterCarerRecruitment } from './types/foster-carer-recruitment.type';
import { FosterHouseholdCount } from './types/foster-household-count.type';
import { FosterHouseholdType } from './types/foster-household-type.enum';

/**
 * The fostering figures for a scope (one authority or a region's members). The LocalAuthority and
 * Region resolvers both call these, so an authority and a region are computed the same way.
 */
export function childrenInCare(scope: FigureScope, atArgument: string): ChildrenInCare {
  const at = parseDateArgument('at', atArgument);
  const measure = new CountMeasure('children_in_care_count', scope, `in-care|${at}`, { from: at, to: at }, fosteringCoverage,
    (context, codes, attributes) => childrenInCareAt(context.dataSource, codes, at, attributes), { date: at });
  return Object.assign(new ChildrenInCare(), { at, measure });
}

export function careFlow(scope: FigureScope, periodArgument: string, ceasing: boolean): CareFlow {
  const period = parsePeriodArgument('period', periodArgument);
  const query = ceasing ? childrenCeasingCare : childrenStartingCare;
  const measure = new CountMeasure(ceasing ? 'children_ceasing_care_count' : 'children_starting_care_count', scope,
    `${ceasing ? 'ceasing' : 'starting'}|${period.start}|${period.end}`, { from: period.start, to: period.end }, fosteringCoverage,
    (context, codes, attributes) => query(context.dataSource, codes, period, attributes), { period: period.label });
  return Object.assign(new CareFlow(), { period: period.label, measure, ceasing });
}

type HouseholdQuery = (dataSource: DataSource, codes: string[], period: Period, attributes: string[]) => Promise<HouseholdRow[]>;

const HOUSEHOLD_FLOWS: Record<string, { measure: string; query: HouseholdQuery }> = {
  approvals: { measure: 'foster_carer_approvals_count', query: fosterHouseholdApprovals },
  deregistrations: { measure: 'foster_carer_deregistrations_count', query: fosterHouseholdDeregistrations },
  placements: { measure: 'children_placed_with_foster_carers_count', query: childrenPlacedWithFosterCarers },
};

/** A filter to one household type, and the attribute it reads (so the SQL groups by it). */
function byType(type: FosterHouseholdType | undefined | null): [((row: HouseholdRow) => boolean)?, string[]?] {
  return type ? [(row) => row.householdType === type, ['householdType']] : [];
}

export function fosterHouseholds(scope: FigureScope, atArgument: string, type?: FosterHouseholdType | null): FosterHouseholdCount {
  const at = parseDateArgument('at', atArgument);
  const measure = new CountMeasure('foster_carers_count', scope, `households|${at}`, { from: at, to: at }, fosteringCoverage,
    (context, codes, attributes) => fosterHouseholdsAt(context.dataSource, codes, at, attributes), { date: at }, ...byType(type));
  return Object.assign(new FosterHouseholdCount(), { at, period: null, measure, deregistrations: false });
}

export function fosterHouseholdFlow(scope: FigureScope, kind: keyof typeof HOUSEHOLD_FLOWS, periodArgument: string, type?: FosterHouseholdType | null): FosterHouseholdCount {
  const period = parsePeriodArgument('period', periodArgument);
  const { measure: name, query } = HOUSEHOLD_FLOWS[kind];
  const measure = new CountMeasure(name, scope, `${kind}|${period.start}|${period.end}`, { from: period.start, to: period.end }, fosteringCoverage,
    (context, codes, attributes) => query(context.dataSource, codes, period, attributes), { period: period.label }, ...byType(type));
  return Object.assign(new FosterHouseholdCount(), { at: null, period: period.label, measure, deregistrations: kind === 'deregistrations' });
}

export async function recruitment(context: RequestContext, scope: FigureScope, periodArgument: string): Promise<FosterCarerRecruitment> {
  const period = parsePeriodArgument('period', periodArgument);
  const window = { from: period.start, to: period.end };
  const covered = await fosteringCoverage.covered(context, scope.authorityCodes, window);
  const complete = scope.authorityCodes.every((code) => covered.has(code));
  const rows = complete
    ? await loadAuthorityRows(context, `recruitment|${period.start}|${period.end}`, scope.authorityCodes, (codes) => fosterCarerRecruitment(context.dataSource, codes, period))
    : [];
  const sum = (pick: (r: (typeof rows)[number]) => number) => (complete ? rows.reduce((s, r) => s + pick(r), 0) : null);
  const unsuppressed = seesSmallNumbers(context.viewer, scope.authorityCodes, scope.regionCode);
  const count = (value: number | null) => countFigure(value, unsuppressed);
  const enquiries = sum((r) => r.enquiries);
  const approvals = sum((r) => r.approvals);
  return {
    period: period.label,
    enquiries: count(enquiries),
    invitedToTraining: count(sum((r) => r.invitedToTraining)),
    assessmentsStarted: count(sum((r) => r.assessmentsStarted)),
    approvals: count(approvals),
    conversionRate: rateFigure(approvals, enquiries, FigureUnit.PERCENT, unsuppressed),
  };
}
