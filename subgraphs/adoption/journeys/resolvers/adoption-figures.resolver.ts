import { Arg, ClassType, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { PeriodScalar } from '../../../../schema/vocabulary/period.scalar';
import { FigureScope } from '../../../measures/figure-scope';
import { adoptionActivity, adoptionTimeliness } from '../adoption-figures';
import { Characteristic } from '../types/characteristic.enum';
import { AdoptionActivity } from '../types/adoption-activity.type';
import { AdoptionTimeliness } from '../types/adoption-timeliness.type';

const EXCLUDING = 'Leave out children with any of these characteristics (e.g. all four: "hard to place taken out").';
const ONLY_WITH = 'Count only children with at least one of these characteristics.';

/**
 * The adoption journey figures, written once and added to both LocalAuthority and Region: only
 * how the scope is found and what federation must send along differ.
 */
export function adoptionFiguresResolver<T extends object>(ofType: ClassType<T>, scopeOf: (root: T) => FigureScope, requires: string) {
  @Resolver(() => ofType)
  abstract class AdoptionFiguresResolver {
    @Directive(requires)
    @FieldResolver(() => AdoptionActivity, { description: 'Adoption activity in a period: early notifications, decisions (ADM), placement orders, matches, children placed, adoption orders, early permanence, plans ceased, disruptions.' })
    adoptionActivity(
      @Root() root: T,
      @Arg('period', () => PeriodScalar, { description: 'Financial year, quarter(s), month(s) or window.' }) period: string,
      @Arg('excluding', () => [Characteristic], { nullable: true, description: EXCLUDING }) excluding?: Characteristic[] | null,
      @Arg('onlyWith', () => [Characteristic], { nullable: true, description: ONLY_WITH }) onlyWith?: Characteristic[] | null,
    ): AdoptionActivity {
      return adoptionActivity(scopeOf(root), period, excluding, onlyWith);
    }

    @Directive(requires)
    @FieldResolver(() => AdoptionTimeliness, { description: 'Adoption timeliness (A1, A10, A2 and the stages) for the children adopted in a period, beside England\'s average and the target.' })
    adoptionTimeliness(
      @Root() root: T,
      @Arg('period', () => PeriodScalar, { description: 'A financial year (in-year), a three-year window "2019-22", quarter(s), or a run of months "2020-01/2020-12".' }) period: string,
      @Arg('excluding', () => [Characteristic], { nullable: true, description: EXCLUDING }) excluding?: Characteristic[] | null,
      @Arg('onlyWith', () => [Characteristic], { nullable: true, description: ONLY_WITH }) onlyWith?: Characteristic[] | null,
    ): AdoptionTimeliness {
      return adoptionTimeliness(scopeOf(root), period, excluding, onlyWith);
    }
  }
  return AdoptionFiguresResolver;
}
