import { CONNECTED_FOSTER_PLACEMENTS, FOSTER_PLACEMENTS } from '../../subgraphs/fostering/codes/placement-type.codes';
import { CareEpisodeRecord, FosterHouseholdRecord } from '../../subgraphs/fostering/entities';
import { FosteringTargets } from './calibration-targets';
import { Random } from '../shared/random';

const CONNECTED_PLACEMENTS = new Set(CONNECTED_FOSTER_PLACEMENTS);
const MAINSTREAM_PLACEMENTS = new Set(FOSTER_PLACEMENTS.filter((code) => !CONNECTED_PLACEMENTS.has(code)));

const activeOn = (h: FosterHouseholdRecord, date: string) =>
  h.approvedOn <= date && (h.deregisteredOn === null || h.deregisteredOn > date);

/** Picks a household of the type active when the episode starts (and, if possible, throughout it). */
function pickHousehold(
  pool: FosterHouseholdRecord[],
  episode: CareEpisodeRecord,
  random: Random,
  avoid?: string | null,
): FosterHouseholdRecord | undefined {
  const end = episode.endDate ?? '2025-03-31';
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const h = random.pick(pool);
    if (h && h.id !== avoid && activeOn(h, episode.startDate) && (h.deregisteredOn === null || h.deregisteredOn >= end))
      return h;
  }
  return pool.find((h) => h.id !== avoid && activeOn(h, episode.startDate));
}

/** The household type of each own-provision foster episode's carers. */
export function placeWithHouseholds(
  episodes: CareEpisodeRecord[],
  households: FosterHouseholdRecord[],
  random: Random,
): void {
  const mainstream = households.filter((h) => h.householdType === 'MAINSTREAM');
  const connected = households.filter((h) => h.householdType === 'CONNECTED');
  for (const episode of episodes) {
    if (episode.placementProvider !== 'PR1') continue;
    const pool = CONNECTED_PLACEMENTS.has(episode.placementType)
      ? connected
      : MAINSTREAM_PLACEMENTS.has(episode.placementType)
        ? mainstream
        : null;
    if (!pool) continue;
    const household = pickHousehold(pool, episode, random);
    if (household) episode.fosterHouseholdId = household.id;
    else episode.placementProvider = 'PR4'; // no own carer free: an agency placement
  }
}

const open = (e: CareEpisodeRecord, date: string) => e.startDate <= date && (e.endDate === null || e.endDate > date);

/**
 * Children newly placed with mainstream carers in a financial year: distinct children with an
 * episode starting in it with a mainstream household other than the previous episode's.
 * Written independently of the SQL the API runs; the calibration test compares the two.
 */
export function childrenNewlyPlaced(
  episodes: CareEpisodeRecord[],
  households: Map<string, FosterHouseholdRecord>,
  year: number,
): Set<string> {
  const from = `${year}-04-01`;
  const to = `${year + 1}-03-31`;
  const previousOf = new Map<string, CareEpisodeRecord>();
  for (const e of episodes) if (e.endDate) previousOf.set(`${e.childId}|${e.endDate}`, e);
  const children = new Set<string>();
  for (const e of episodes) {
    if (e.startDate < from || e.startDate > to || !e.fosterHouseholdId) continue;
    if (households.get(e.fosterHouseholdId)?.householdType !== 'MAINSTREAM') continue;
    const previous = previousOf.get(`${e.childId}|${e.startDate}`);
    if (previous?.fosterHouseholdId !== e.fosterHouseholdId) children.add(e.childId);
  }
  return children;
}

export function childrenWithConnectedCarers(
  episodes: CareEpisodeRecord[],
  households: Map<string, FosterHouseholdRecord>,
  date: string,
): CareEpisodeRecord[] {
  return episodes.filter(
    (e) => open(e, date) && e.fosterHouseholdId && households.get(e.fosterHouseholdId)?.householdType === 'CONNECTED',
  );
}

/**
 * Moves placements between own carers and agencies until the council's published placement
 * figures are exact: children with connected carers at a date, and children newly placed with
 * mainstream carers in each year.
 */
export function calibratePlacements(
  episodes: CareEpisodeRecord[],
  householdList: FosterHouseholdRecord[],
  targets: FosteringTargets,
  random: Random,
): void {
  const households = new Map(householdList.map((h) => [h.id, h]));
  const connectedPool = householdList.filter((h) => h.householdType === 'CONNECTED');
  const mainstreamPool = householdList.filter((h) => h.householdType === 'MAINSTREAM');
  const toAgency = (e: CareEpisodeRecord) => {
    e.placementType = CONNECTED_PLACEMENTS.has(e.placementType) ? 'U6' : e.placementType;
    e.placementProvider = 'PR4';
    e.fosterHouseholdId = null;
  };

  const connected = targets.childrenWithConnectedCarersAt;
  if (connected) {
    const current = random.shuffle(childrenWithConnectedCarers(episodes, households, connected.date));
    for (const e of current.slice(connected.count)) toAgency(e);
    const candidates = random.shuffle(
      episodes.filter(
        (e) =>
          open(e, connected.date) &&
          !e.fosterHouseholdId &&
          e.placementType !== 'P1' &&
          !e.placementType.startsWith('A'),
      ),
    );
    for (const e of candidates) {
      if (childrenWithConnectedCarers(episodes, households, connected.date).length >= connected.count) break;
      const household =
        pickHousehold(
          connectedPool.filter((h) => activeOn(h, connected.date)),
          e,
          random,
        ) ?? connectedPool.find((h) => activeOn(h, connected.date) && activeOn(h, e.startDate));
      if (!household) continue;
      Object.assign(e, { placementType: 'U3', placementProvider: 'PR1', fosterHouseholdId: household.id });
    }
  }
  const lockedDate = connected?.date;
  const locked = (e: CareEpisodeRecord) =>
    lockedDate !== undefined &&
    open(e, lockedDate) &&
    !!e.fosterHouseholdId &&
    households.get(e.fosterHouseholdId)?.householdType === 'CONNECTED';

  for (let round = 0; round < 20; round += 1) {
    let changed = false;
    for (const [year, target] of targets.childrenPlaced) {
      const placed = childrenNewlyPlaced(episodes, households, year);
      if (placed.size > target) {
        const surplus = random.shuffle([...placed]).slice(0, placed.size - target);
        const drop = new Set(surplus);
        for (const e of episodes) {
          if (
            drop.has(e.childId) &&
            e.fosterHouseholdId &&
            households.get(e.fosterHouseholdId)?.householdType === 'MAINSTREAM' &&
            e.startDate >= `${year}-04-01` &&
            e.startDate <= `${year + 1}-03-31`
          )
            toAgency(e);
        }
        changed = true;
      } else if (placed.size < target) {
        const candidates = random.shuffle(
          episodes.filter(
            (e) =>
              e.startDate >= `${year}-04-01` &&
              e.startDate <= `${year + 1}-03-31` &&
              !e.fosterHouseholdId &&
              !placed.has(e.childId) &&
              !locked(e) &&
              e.placementType !== 'P1' &&
              !e.placementType.startsWith('A'),
          ),
        );
        const chosen = new Set<string>();
        for (const e of candidates) {
          if (placed.size + chosen.size >= target) break;
          if (chosen.has(e.childId)) continue;
          const household = pickHousehold(mainstreamPool, e, random);
          if (!household) continue;
          Object.assign(e, {
            placementType: random.chance(0.3) ? 'U4' : 'U6',
            placementProvider: 'PR1',
            fosterHouseholdId: household.id,
          });
          chosen.add(e.childId);
        }
        changed = true;
      }
    }
    if (!changed) return;
  }
}
