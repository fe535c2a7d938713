import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { countFigure, seesSmallNumbers } from '../../../measures/figure.builder';
import { Figure } from '../../../measures/figure.type';
import { RequestContext } from '../../../platform/request-context';
import { agenciesCovering } from '../../data/locality-hub.queries';
import { journeysWithAdoptersOf } from '../data/journeys.queries';
import { JourneyCount } from '../journey-count';
import { happenedIn } from '../journey-event';
import { passesFilter } from '../journey-row';
import { AdoptionActivity } from '../types/adoption-activity.type';

@Resolver(() => AdoptionActivity)
export class AdoptionActivityResolver {
  @FieldResolver(() => Figure, { description: 'Adoptive placements that disrupted in the period (siblings placed together count once).' })
  async disruptions(@Root() root: AdoptionActivity, @Ctx() context: RequestContext): Promise<Figure> {
    const count = new JourneyCount(root.scope, 'DISRUPTION', root.range, root.filter);
    const children = await count.children(context);
    const placements = children === null ? null : new Set(children.map((c) => c.siblingGroupId ?? c.id)).size;
    return countFigure(placements, count.unsuppressed(context));
  }

  @FieldResolver(() => Figure, { description: 'For a regional adoption agency: other councils\' children placed with the agency\'s own adopters in the period (NO_DATA for a council, or a region that is not an agency).' })
  async otherCouncilsChildrenPlacedWithOwnAdopters(@Root() root: AdoptionActivity, @Ctx() context: RequestContext): Promise<Figure> {
    const unsuppressed = seesSmallNumbers(context.viewer, root.scope.authorityCodes, root.scope.regionCode);
    // Only a region can be an agency; its own councils' children are in `childrenPlaced`.
    const own = new JourneyCount(root.scope, 'PLACED', root.range, root.filter);
    if (!root.scope.regionCode || (await own.children(context)) === null) return countFigure(null, false);
    const agencies = await agenciesCovering(context, [root.scope.regionCode], { from: root.range.start, to: root.range.end });
    if (!agencies.has(root.scope.regionCode)) return countFigure(null, false);
    const placed = await journeysWithAdoptersOf(context, [root.scope.regionCode]);
    const others = placed.filter((j) => !root.scope.authorityCodes.includes(j.authorityCode) && happenedIn(j, 'PLACED', root.range) && passesFilter(j, root.filter));
    return countFigure(others.length, unsuppressed);
  }
}
