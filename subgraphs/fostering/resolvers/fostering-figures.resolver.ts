import { Arg, ClassType, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../../../schema/vocabulary/date.scalar';
import { PeriodScalar } from '../../../schema/vocabulary/period.scalar';
import { FigureScope } from '../../measures/figure-scope';
import { RequestContext } from '../../platform/request-context';
import { careFlow, childrenInCare, fosterHouseholdFlow, fosterHouseholds, recruitment } from '../fostering-figures';
import { CareFlow } from '../types/care-flow.type';
import { ChildrenInCare } from '../types/children-in-care.type';
import { FosterCarerRecruitment } from '../types/foster-carer-recruitment.type';
import { FosterHouseholdCount } from '../types/foster-household-count.type';
import { FosterHouseholdType } from '../types/foster-household-type.enum';

const TYPE_ARGUMENT = 'Only households of this type (default: all types).';

/**
 * The fostering figures, written once and added to both LocalAuthority and Region: only how the
 * scope is found (`scopeOf`) and what federation must send along (`requires`) differ.
 */
export function fosteringFiguresResolver<T extends object>(ofType: ClassType<T>, scopeOf: (root: T) => FigureScope, requires: string) {
  @Resolver(() => ofType)
  abstract class FosteringFiguresResolver {
    @Directive(requires)
    @FieldResolver(() => ChildrenInCare, { description: 'Children looked after at the end of a day (any date, not only 31 March): total, rate per 10,000 and breakdowns.' })
    childrenInCare(@Root() root: T, @Arg('at', () => DateScalar, { description: 'The date to count at, YYYY-MM-DD.' }) at: string): ChildrenInCare {
      return childrenInCare(scopeOf(root), at);
    }

    @Directive(requires)
    @FieldResolver(() => CareFlow, { description: 'Children who started to be looked after (a new period of care) in the period.' })
    childrenStartingCare(@Root() root: T, @Arg('period', () => PeriodScalar, { description: 'Financial year, quarter, month or three-year window.' }) period: string): CareFlow {
      return careFlow(scopeOf(root), period, false);
    }

    @Directive(requires)
    @FieldResolver(() => CareFlow, { description: 'Children who ceased to be looked after in the period; split by REASON_CEASED to see why.' })
    childrenCeasingCare(@Root() root: T, @Arg('period', () => PeriodScalar, { description: 'Financial year, quarter, month or three-year window.' }) period: string): CareFlow {
      return careFlow(scopeOf(root), period, true);
    }

    @Directive(requires)
    @FieldResolver(() => FosterHouseholdCount, { description: 'The council\'s own foster households approved and not de-registered at the end of a day.' })
    fosterHouseholds(
      @Root() root: T,
      @Arg('at', () => DateScalar, { description: 'The date to count at, YYYY-MM-DD.' }) at: string,
      @Arg('type', () => FosterHouseholdType, { nullable: true, description: TYPE_ARGUMENT }) type?: FosterHouseholdType | null,
    ): FosterHouseholdCount {
      return fosterHouseholds(scopeOf(root), at, type);
    }

    @Directive(requires)
    @FieldResolver(() => FosterHouseholdCount, { description: 'Foster households approved in the period.' })
    fosterHouseholdApprovals(
      @Root() root: T,
      @Arg('period', () => PeriodScalar, { description: 'Financial year, quarter, month or three-year window.' }) period: string,
      @Arg('type', () => FosterHouseholdType, { nullable: true, description: TYPE_ARGUMENT }) type?: FosterHouseholdType | null,
    ): FosterHouseholdCount {
      return fosterHouseholdFlow(scopeOf(root), 'approvals', period, type);
    }

    @Directive(requires)
    @FieldResolver(() => FosterHouseholdCount, { description: 'Foster households de-registered in the period (resignations and other reasons; split by DEREGISTRATION_REASON).' })
    fosterHouseholdDeregistrations(
      @Root() root: T,
      @Arg('period', () => PeriodScalar, { description: 'Financial year, quarter, month or three-year window.' }) period: string,
      @Arg('type', () => FosterHouseholdType, { nullable: true, description: TYPE_ARGUMENT }) type?: FosterHouseholdType | null,
    ): FosterHouseholdCount {
      return fosterHouseholdFlow(scopeOf(root), 'deregistrations', period, type);
    }

    @Directive(requires)
    @FieldResolver(() => FosterHouseholdCount, { description: 'Children newly placed with the council\'s own foster carers in the period (a placement with a household starting, not a continuation with the same household), split by the carers\' type.' })
    childrenPlacedWithFosterCarers(
      @Root() root: T,
      @Arg('period', () => PeriodScalar, { description: 'Financial year, quarter, month or three-year window.' }) period: string,
      @Arg('type', () => FosterHouseholdType, { nullable: true, description: TYPE_ARGUMENT }) type?: FosterHouseholdType | null,
    ): FosterHouseholdCount {
      return fosterHouseholdFlow(scopeOf(root), 'placements', period, type);
    }

    @Directive(requires)
    @FieldResolver(() => FosterCarerRecruitment, { description: 'The foster carer recruitment funnel (enquiries, training, assessments, approvals) over the period.' })
    fosterCarerRecruitment(
      @Root() root: T,
      @Ctx() context: RequestContext,
      @Arg('period', () => PeriodScalar, { description: 'Financial year, quarter, month or three-year window.' }) period: string,
    ): Promise<FosterCarerRecruitment> {
      return recruitment(context, scopeOf(root), period);
    }
  }
  return FosteringFiguresResolver;
}
