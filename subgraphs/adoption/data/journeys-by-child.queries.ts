import { placeholders } from '../../platform/authority-rows.loader';
import { RequestContext } from '../../platform/request-context';
import { JourneyRow } from './journey-row';
import { toJourneyRow } from './journeys.queries';

/** A child's journey by child id; all children asked about in a request share one statement. */
export function journeysByChild(context: RequestContext, childId: string): Promise<JourneyRow | null> {
  const loader = context.loader<string, JourneyRow | null>('journeys-by-child', async (ids) => {
    const rows: Record<string, unknown>[] = await context.dataSource.query(
      `SELECT * FROM adoption_journey WHERE child_id IN (${placeholders([...ids])})`,
      [...ids],
    );
    const journeys = rows.map(toJourneyRow);
    return ids.map((id) => journeys.find((j) => j.childId === id) ?? null);
  });
  return loader.load(childId);
}
