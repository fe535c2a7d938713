import { ClassType } from 'type-graphql';
import { PeriodScalar } from '../../schema/vocabulary/period.scalar';
import { parsePeriodArgument } from '../../schema/vocabulary/period';
import { loadAuthorityRows } from '../platform/authority-rows.loader';
import { RequestContext } from '../platform/request-context';
import { coveredAuthorities } from '../measures/coverage';
import { AuthorityStub, EntityStubs, RegionStubShape, REQUIRES_AUTHORITY, REQUIRES_MEMBERS } from '../measures/entity-stubs';
import { countFigure, rateFigure, seesSmallNumbers } from '../measures/figure.builder';
import { authorityScope, FigureScope, regionScope } from '../measures/figure-scope';
import { FigureUnit } from '../measures/figure.type';
import { addFieldResolver, resolverClass } from '../measures/graphql-fields';
import { fosterCarerRecruitment } from './data/recruitment.queries';
import { FosterCarerRecruitment } from './types/foster-carer-recruitment.type';

/** The recruitment funnel of the enquiries received in a period (a cohort), from one statement for all authorities. */
async function recruitment(context: RequestContext, scope: FigureScope, periodArgument: string): Promise<FosterCarerRecruitment> {
  const period = parsePeriodArgument('period', periodArgument);
  const covered = await coveredAuthorities(context, scope.authorityCodes, { from: period.start, to: period.end });
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

function recruitmentField<T extends object>(name: string, entity: ClassType<T>, scopeOf: (root: T) => FigureScope, requires: string): ClassType {
  return resolverClass(name, () => entity, (resolver) =>
    addFieldResolver<T>(
      resolver,
      'fosterCarerRecruitment',
      () => FosterCarerRecruitment,
      { description: 'The foster carer recruitment funnel (enquiries, training, assessments, approvals) over the period.' },
      [{ name: 'period', type: () => PeriodScalar, options: { description: 'Financial year, quarter, month or three-year window.' } }],
      (root, context, args) => recruitment(context, scopeOf(root), String(args.period)),
      [requires],
    ),
  );
}

export function recruitmentResolvers(stubs: EntityStubs): ClassType[] {
  return [
    recruitmentField<AuthorityStub>('LocalAuthorityRecruitmentResolver', stubs.LocalAuthority, (a) => authorityScope(a), REQUIRES_AUTHORITY),
    recruitmentField<RegionStubShape>('RegionRecruitmentResolver', stubs.Region, (r) => regionScope(r.code, r.members), REQUIRES_MEMBERS),
  ];
}
