import { Arg, ClassType, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../../../../schema/vocabulary/date.scalar';
import { FigureScope } from '../../../measures/figure-scope';
import { childrenAwaitingAdoption } from '../adoption-figures';
import { ChildrenAwaitingAdoption } from '../types/children-awaiting-adoption.type';

/**
 * The adoption journey figures, written once and added to both LocalAuthority and Region: only
 * how the scope is found and what federation must send along differ.
 */
export function adoptionFiguresResolver<T extends object>(ofType: ClassType<T>, scopeOf: (root: T) => FigureScope, requires: string) {
  @Resolver(() => ofType)
  abstract class AdoptionFiguresResolver {
    @Directive(requires)
    @FieldResolver(() => ChildrenAwaitingAdoption, { description: 'Children waiting for adoption at the end of a day, with their family-finding status and how long they have waited.' })
    childrenAwaitingAdoption(
      @Root() root: T,
      @Arg('at', () => DateScalar, { description: 'The date to count at, YYYY-MM-DD.' }) at: string,
    ): ChildrenAwaitingAdoption {
      return childrenAwaitingAdoption(scopeOf(root), at);
    }
  }
  return AdoptionFiguresResolver;
}
