import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertMayReadRecords, auditRecordReads, authorityOfRecord } from '../../platform/record-access';
import { RequestContext } from '../../platform/request-context';
import { ChildTable, recordsOfChild } from '../data/records-by-child.queries';
import { ChildStub } from '../early-help.stubs';
import { Contact } from '../types/contact.type';
import { EarlyHelpEpisode } from '../types/early-help-episode.type';
import { EdgeOfCareIntervention } from '../types/edge-of-care-intervention.type';
import { YoungCarer } from '../types/young-carer.type';

/** Reads a child's records of one table: access-checked, audit-logged, batched per request. */
async function read<T extends object>(
  context: RequestContext,
  child: ChildStub,
  table: ChildTable,
  type: new () => T,
  what: string,
): Promise<T[]> {
  await assertMayReadRecords(context, what, type.name, [{ authorityCode: authorityOfRecord(child.id), id: child.id }]);
  const records = await recordsOfChild(context, table, child.id);
  await auditRecordReads(
    context,
    type.name,
    records.map((r) => String(r.id)),
  );
  return records.map((r) => Object.assign(new type(), r));
}

@Resolver(() => ChildStub)
export class ChildEarlyHelpResolver {
  @Query(() => ChildStub, {
    nullable: true,
    description:
      "A child known to the front door, early help, edge-of-care or young carers services, by id (its council's analysts only; audit-logged); null if none of them holds records of the child. Children in care are also `child(id:)`.",
  })
  async earlyHelpChild(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'Hub-wide pseudonymous id, e.g. "E06000003-EH000123".' }) id: string,
  ): Promise<ChildStub | null> {
    await assertMayReadRecords(context, 'Early help records', 'Child', [{ authorityCode: authorityOfRecord(id), id }]);
    const tables: ChildTable[] = ['contact', 'early_help_episode', 'edge_of_care_intervention', 'young_carer'];
    const found = await Promise.all(tables.map((t) => recordsOfChild(context, t, id)));
    return found.some((records) => records.length > 0) ? Object.assign(new ChildStub(), { id }) : null;
  }

  @FieldResolver(() => [Contact], {
    description: "Contacts to children's services about the child, oldest first (its council's analysts only).",
  })
  contacts(@Root() child: ChildStub, @Ctx() context: RequestContext): Promise<Contact[]> {
    return read(context, child, 'contact', Contact, 'Contacts');
  }

  @FieldResolver(() => [EarlyHelpEpisode], { description: "The child's early help episodes, oldest first." })
  earlyHelpEpisodes(@Root() child: ChildStub, @Ctx() context: RequestContext): Promise<EarlyHelpEpisode[]> {
    return read(context, child, 'early_help_episode', EarlyHelpEpisode, 'Early help episodes');
  }

  @FieldResolver(() => [EdgeOfCareIntervention], {
    description: "The young person's edge-of-care support, oldest first.",
  })
  edgeOfCareInterventions(@Root() child: ChildStub, @Ctx() context: RequestContext): Promise<EdgeOfCareIntervention[]> {
    return read(context, child, 'edge_of_care_intervention', EdgeOfCareIntervention, 'Edge-of-care interventions');
  }

  @FieldResolver(() => YoungCarer, {
    nullable: true,
    description: "The child's young carers assessment and support, if they are a young carer (the latest).",
  })
  async youngCarer(@Root() child: ChildStub, @Ctx() context: RequestContext): Promise<YoungCarer | null> {
    const records = await read(context, child, 'young_carer', YoungCarer, 'Young carer records');
    return records.at(-1) ?? null;
  }
}
