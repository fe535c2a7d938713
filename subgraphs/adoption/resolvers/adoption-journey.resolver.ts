import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ChildStub, LocalAuthorityStub } from '../adoption.stubs';
import { parsePeriodArgument } from '../../../schema/vocabulary/period';
import { PeriodScalar } from '../../../schema/vocabulary/period.scalar';
import { assertMayReadRecords, auditRecordReads, authorityOfRecord } from '../../platform/record-access';
import { RequestContext } from '../../platform/request-context';
import { journeysOf } from '../data/journeys.queries';
import { JourneyRow } from '../data/journey-row';
import { AdoptionJourney } from '../types/adoption-journey.type';
import { journeysByChild } from '../data/journeys-by-child.queries';

function toJourney(row: JourneyRow): AdoptionJourney {
  const { childId, authorityCode, ...rest } = row;
  return Object.assign(new AdoptionJourney(), {
    ...rest,
    child: Object.assign(new ChildStub(), { id: childId }),
    authority: Object.assign(new LocalAuthorityStub(), { code: authorityCode }),
  });
}

@Resolver(() => AdoptionJourney)
export class AdoptionJourneyResolver {
  @Query(() => [AdoptionJourney], {
    description:
      "A council's adoption journeys (its own analysts only; audit-logged), optionally only those of children adopted in a period.",
  })
  async adoptionJourneys(
    @Ctx() context: RequestContext,
    @Arg('authorityCode', { description: 'GSS code of the council, e.g. "E06000002".' }) authorityCode: string,
    @Arg('adoptedIn', () => PeriodScalar, {
      nullable: true,
      description: 'Only children whose adoption order falls in this period.',
    })
    adoptedIn?: string | null,
  ): Promise<AdoptionJourney[]> {
    // A refused list is logged as `*`: all of the council's journeys.
    await assertMayReadRecords(context, 'Adoption journeys', 'AdoptionJourney', [{ authorityCode, id: '*' }]);
    const period = adoptedIn ? parsePeriodArgument('adoptedIn', adoptedIn) : null;
    const rows = (await journeysOf(context, [authorityCode])).filter(
      (j) =>
        !period ||
        (j.adoptionOrderDate !== null && j.adoptionOrderDate >= period.start && j.adoptionOrderDate <= period.end),
    );
    rows.sort((a, b) => a.id.localeCompare(b.id));
    await auditRecordReads(
      context,
      'AdoptionJourney',
      rows.map((r) => r.id),
    );
    return rows.map(toJourney);
  }
}

@Resolver(() => ChildStub)
export class ChildAdoptionResolver {
  @FieldResolver(() => AdoptionJourney, {
    nullable: true,
    description:
      "The child's adoption journey, if adoption was ever considered (analysts of the child's council only; audit-logged).",
  })
  async adoptionJourney(@Root() child: ChildStub, @Ctx() context: RequestContext): Promise<AdoptionJourney | null> {
    // Refused: logged against the child's id, the journey's not being known to the caller.
    await assertMayReadRecords(context, 'Adoption journeys', 'AdoptionJourney', [
      { authorityCode: authorityOfRecord(child.id), id: child.id },
    ]);
    const row = await journeysByChild(context, child.id);
    if (row) await auditRecordReads(context, 'AdoptionJourney', [row.id]);
    return row ? toJourney(row) : null;
  }
}
