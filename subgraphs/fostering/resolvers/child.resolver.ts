import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertMayReadRecords, auditRecordReads, recordRefs } from '../../platform/record-access';
import { RequestContext } from '../../platform/request-context';
import { childrenByIds } from '../data/child-records.queries';
import { CareEpisodeType } from '../types/care-episode.type';
import { ChildType } from '../types/child.type';

/** Loads children for the fostering part of their record, after the access check; audit-logged. */
export async function readChildren(context: RequestContext, ids: readonly string[]): Promise<ChildType[]> {
  await assertMayReadRecords(context, "Children's care records", 'Child', recordRefs(ids));
  const children = await childrenByIds(context, ids);
  await auditRecordReads(context, 'Child', ids);
  return children;
}

@Resolver(() => ChildType)
export class ChildResolver {
  @Query(() => ChildType, {
    description: "One child's care record by pseudonymous id (analysts of the child's own council only; audit-logged).",
  })
  async child(
    @Arg('id', () => ID, { description: 'The hub-wide pseudonymous id, e.g. "E06000002-CA00012".' }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<ChildType> {
    const [child] = await readChildren(context, [id]);
    return child;
  }

  @FieldResolver(() => [CareEpisodeType], {
    nullable: true,
    description: "The child's SSDA903 episodes of care, oldest first (null only if the fostering service failed).",
  })
  careEpisodes(@Root() child: ChildType): CareEpisodeType[] {
    return child.episodes;
  }
}
