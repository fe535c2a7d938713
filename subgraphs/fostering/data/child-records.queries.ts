import { placeholders } from '../../platform/authority-rows.loader';
import { RequestContext } from '../../platform/request-context';
import { ChildType } from '../types/child.type';
import { CareEpisodeType } from '../types/care-episode.type';
import { fosteringStubs } from '../fostering.stubs';

const text = (value: unknown) => (value == null ? null : String(value));

/**
 * Children by id with their episodes: two statements per request however many children are asked
 * for (a query's `child`, or many `_entities` representations from the gateway).
 */
export function childrenByIds(context: RequestContext, ids: readonly string[]): Promise<ChildType[]> {
  const loader = context.loader<string, ChildType>('children-by-id', async (keys) => {
    const children: Record<string, unknown>[] = await context.dataSource.query(
      `SELECT id, authority_code, date_of_birth, sex, ethnicity FROM child WHERE id IN (${placeholders([...keys])})`,
      [...keys],
    );
    const episodes: Record<string, unknown>[] = await context.dataSource.query(
      `SELECT child_id, start_date, end_date, reason_new_episode, legal_status, placement_type, placement_provider, category_of_need, reason_ceased
       FROM care_episode WHERE child_id IN (${placeholders([...keys])}) ORDER BY child_id, start_date`,
      [...keys],
    );
    return keys.map((id) => {
      const row = children.find((c) => String(c.id) === id);
      const own: CareEpisodeType[] = episodes
        .filter((e) => String(e.child_id) === id)
        .map((e) =>
          Object.assign(new CareEpisodeType(), {
            startDate: String(e.start_date),
            endDate: text(e.end_date),
            reasonNewEpisode: String(e.reason_new_episode),
            legalStatus: String(e.legal_status),
            placementType: String(e.placement_type),
            placementProvider: String(e.placement_provider),
            categoryOfNeed: String(e.category_of_need),
            reasonCeased: text(e.reason_ceased),
          }),
        );
      const starts = own.filter((e) => e.reasonNewEpisode === 'S').map((e) => e.startDate);
      return Object.assign(new ChildType(), {
        id,
        inCareRecords: row !== undefined,
        authority: row
          ? Object.assign(new fosteringStubs.LocalAuthority(), { code: String(row.authority_code) })
          : null,
        dateOfBirth: row ? String(row.date_of_birth) : null,
        sex: row ? String(row.sex) : null,
        ethnicity: row ? String(row.ethnicity) : null,
        enteredCare: starts.length ? starts[starts.length - 1] : null,
        episodes: own,
      });
    });
  });
  return loader.loadMany(ids).then((list) =>
    list.map((c) => {
      if (c instanceof Error) throw c;
      return c;
    }),
  );
}
