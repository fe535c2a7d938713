import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { AccessOutcome, RecordAccessLogRecord } from './record-access-log.entity';
import { RequestContext } from './request-context';

/** The council a pseudonymous id belongs to: its GSS prefix (`E06000002-CA00012` → `E06000002`). */
export function authorityOfRecord(id: string): string {
  return id.split('-')[0];
}

/** A record asked for: its id (`*` for all of a council's records of the type) and its council. */
export interface RecordRef {
  authorityCode: string;
  id: string;
}

/** Who the audit log says read: the token's `sub` (required), or "ANONYMOUS". */
function subjectOf(context: RequestContext): string {
  const viewer = context.viewer;
  return viewer.kind === 'ANONYMOUS' ? 'ANONYMOUS' : (viewer.subject ?? viewer.kind);
}

/**
 * Writes an audit row per record read or refused in this request; rows written while one level of
 * the query resolves share one INSERT. Values a caller chose (ids of refused reads) are cut to the
 * columns' sizes, so a hostile id cannot make the write fail.
 */
async function audit(
  context: RequestContext,
  outcome: AccessOutcome,
  recordType: string,
  records: readonly RecordRef[],
): Promise<void> {
  if (records.length === 0) return;
  const loader = context.loader<string, true>('record-access-log', async (keys) => {
    const now = new Date().toISOString();
    const subject = subjectOf(context).slice(0, 120);
    const rows = keys.map((key) => {
      const [keyOutcome, type, authorityCode, id] = JSON.parse(key) as [AccessOutcome, string, string, string];
      return Object.assign(new RecordAccessLogRecord(), {
        id: randomUUID(),
        readAt: now,
        subject,
        outcome: keyOutcome,
        authorityCode: authorityCode.slice(0, 9),
        recordType: type,
        recordId: id.slice(0, 48),
      });
    });
    await context.dataSource.createQueryBuilder().insert().into(RecordAccessLogRecord).values(rows).execute();
    return keys.map(() => true as const);
  });
  await loader.loadMany(records.map((r) => JSON.stringify([outcome, recordType, r.authorityCode, r.id])));
}

/**
 * Record-level (pseudonymised) data is for a council's own analysts only (DESIGN.md, "Access and
 * disclosure"): anyone else, board members included, gets FORBIDDEN naming what they may do, and
 * the refusal is audit-logged (who, which records) before it is returned.
 */
export async function assertMayReadRecords(
  context: RequestContext,
  what: string,
  recordType: string,
  records: readonly RecordRef[],
): Promise<void> {
  const viewer = context.viewer;
  const refused = records.filter((r) => !(viewer.kind === 'ANALYST' && viewer.authorityCode === r.authorityCode));
  if (refused.length === 0) return;
  await audit(context, 'REFUSED', recordType, refused);
  const council = refused[0].authorityCode;
  throw new GraphQLError(
    `${what} of ${council} are record-level data: only ${council}'s own analysts may read them (send an analyst token for that council); aggregate figures are open to everyone.`,
    { extensions: { code: 'FORBIDDEN' } },
  );
}

/** Audit-logs records served to the caller (after assertMayReadRecords let them through). */
export function auditRecordReads(context: RequestContext, recordType: string, ids: readonly string[]): Promise<void> {
  return audit(context, 'GRANTED', recordType, recordRefs(ids));
}

/** The records behind pseudonymous ids, for assertMayReadRecords. */
export function recordRefs(ids: readonly string[]): RecordRef[] {
  return ids.map((id) => ({ authorityCode: authorityOfRecord(id), id }));
}
