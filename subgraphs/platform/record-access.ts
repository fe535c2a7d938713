import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { RecordAccessLogRecord } from './record-access-log.entity';
import { RequestContext } from './request-context';

/** The council a pseudonymous id belongs to: its GSS prefix (`E06000002-CA00012` → `E06000002`). */
export function authorityOfRecord(id: string): string {
  return id.split('-')[0];
}

/**
 * Record-level (pseudonymised) data is for a council's own analysts only (DESIGN.md, "Access and
 * disclosure"): anyone else, board members included, gets FORBIDDEN naming what they may do.
 */
export function assertMayReadRecords(context: RequestContext, authorityCode: string, what: string): void {
  const viewer = context.viewer;
  if (viewer.kind === 'ANALYST' && viewer.authorityCode === authorityCode) return;
  throw new GraphQLError(
    `${what} of ${authorityCode} are record-level data: only ${authorityCode}'s own analysts may read them (send an analyst token for that council); aggregate figures are open to everyone.`,
    { extensions: { code: 'FORBIDDEN' } },
  );
}

/**
 * Writes an audit row for every record read in this request; reads made while one level of the
 * query resolves share one INSERT.
 */
export async function auditRecordReads(
  context: RequestContext,
  recordType: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const loader = context.loader<string, true>('record-access-log', async (keys) => {
    const now = new Date().toISOString();
    const subject = context.viewer.kind === 'ANALYST' ? (context.viewer.subject ?? 'analyst') : context.viewer.kind;
    const rows = keys.map((key) => {
      const [type, id] = key.split('|');
      return Object.assign(new RecordAccessLogRecord(), {
        id: randomUUID(),
        readAt: now,
        subject,
        authorityCode: authorityOfRecord(id),
        recordType: type,
        recordId: id,
      });
    });
    await context.dataSource.createQueryBuilder().insert().into(RecordAccessLogRecord).values(rows).execute();
    return keys.map(() => true as const);
  });
  await loader.loadMany(ids.map((id) => `${recordType}|${id}`));
}
