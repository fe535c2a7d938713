import { ageInYears, fromDayNumber, toDayNumber } from '../../schema/vocabulary/dates';
import { CareEpisodeRecord } from '../../subgraphs/fostering/entities';
import { ChildDraft } from './care-timeline';
import { Random } from '../shared/random';

/** Placement types by share of episodes, as in England's SSDA903 returns (foster care about 70%). */
const PLACEMENTS = {
  U1: 6,
  U2: 0.5,
  U3: 7,
  U4: 20,
  U5: 1.5,
  U6: 33,
  K2: 10,
  P1: 6,
  H5: 5,
  R1: 1,
  R3: 1,
  S1: 1,
  Z1: 1,
  K1: 0.3,
  R5: 0.5,
  P2: 2,
};
/** Legal status on entry (interim care order or s20) and once settled (full care order): C2 ~60% of the stock. */
const LEGAL_START = { C1: 45, V2: 33, L2: 6, J1: 3, C2: 13 };
const LEGAL_LATER = { C2: 90, C1: 3, V2: 3, E1: 4 };
const NEED = { N1: 65, N2: 3, N3: 3, N4: 7, N5: 13, N6: 1, N7: 0.2, N8: 8 };
/** Own provision (PR1) or agency (PR4 private, PR5 voluntary) for foster placements. */
const FOSTER_PROVIDER = { PR1: 55, PR4: 40, PR5: 5 };
const OTHER_PROVIDER = { PR1: 25, PR2: 5, PR4: 60, PR5: 10 };

/** Why care ended, by age at the end (SSDA903 REC codes). */
function reasonCeased(child: ChildDraft, random: Random, adoptions: boolean): string {
  const reason = anyReasonCeased(child, random);
  // Where a council's adoptions come from its adoption journeys, no other child leaves care by adoption.
  if (!adoptions && (reason === 'E11' || reason === 'E12')) return 'E41';
  return reason;
}

function anyReasonCeased(child: ChildDraft, random: Random): string {
  if (child.transferred) return 'E3';
  if (child.agedOut) return random.weighted({ E17: 30, E5: 35, E6: 10, E8: 10, E13: 5, E4A: 10 });
  const age = ageInYears(child.dateOfBirth, child.careEnd!);
  if (child.uasc && age >= 16) return random.weighted({ E5: 45, E8: 25, E15: 15, E16: 5, E13: 10 });
  if (age < 5)
    return random.weighted({ E11: 5, E12: 22, E45: 8, E46: 2, E47: 12, E48: 2, E4A: 35, E13: 6, E41: 5, E8: 3 });
  if (age < 12)
    return random.weighted({
      E11: 2,
      E12: 5,
      E45: 10,
      E46: 3,
      E47: 10,
      E48: 2,
      E4A: 45,
      E4B: 5,
      E13: 8,
      E41: 5,
      E8: 4,
      E3: 1,
    });
  return random.weighted({ E4A: 40, E4B: 10, E13: 12, E5: 10, E6: 3, E8: 12, E9: 3, E14: 4, E45: 3, E47: 3 });
}

/**
 * Cuts a child's period of care into SSDA903 episodes: contiguous, the first "S" (started to be
 * looked after), each change of placement or legal status a new one, the last closed with the
 * reason care ended (every earlier one with X1, "episode ceases, new episode begins").
 */
export function careEpisodes(child: ChildDraft, random: Random, adoptions = true): CareEpisodeRecord[] {
  const start = toDayNumber(child.careStart);
  const end = child.careEnd ? toDayNumber(child.careEnd) : null;
  const length = (end ?? toDayNumber('2025-03-31')) - start;
  let count =
    1 +
    (length > 60 && random.chance(0.55) ? 1 : 0) +
    (length > 400 && random.chance(0.45) ? 1 : 0) +
    (length > 900 && random.chance(0.3) ? 1 : 0);
  if (length < count * 2) count = 1;
  const cuts = [
    ...new Set(Array.from({ length: count - 1 }, () => start + 1 + Math.floor(random.next() * (length - 1)))),
  ].sort((a, b) => a - b);
  const bounds = [start, ...cuts, end];
  const need = random.weighted(NEED);
  const ceased = end === null ? null : reasonCeased(child, random, adoptions);
  const adopted = ceased === 'E11' || ceased === 'E12';
  const episodes: CareEpisodeRecord[] = [];
  for (let i = 0; i < bounds.length - 1; i += 1) {
    const last = i === bounds.length - 2;
    // Care starts under an interim order or s20; a long stay is under a full care order.
    const settled = i > 0 || (bounds.length === 2 && length > 180);
    let legalStatus: string = settled ? random.weighted(LEGAL_LATER) : random.weighted(LEGAL_START);
    let placementType: string = random.weighted(PLACEMENTS);
    if (child.uasc) {
      legalStatus = 'V2';
      if (placementType === 'P1' || placementType.startsWith('U1') || placementType === 'U2' || placementType === 'U3')
        placementType = 'U6';
    }
    const ageAtStart = ageInYears(child.dateOfBirth, fromDayNumber(bounds[i]!));
    // Semi-independent living (H5) and independent living (P2) are for 16- and 17-year-olds only.
    if (ageAtStart < 16 && (placementType === 'H5' || placementType === 'P2')) placementType = 'U6';
    else if (ageAtStart >= 16 && random.chance(0.18)) placementType = 'H5';
    if (last && adopted) {
      // Placed for adoption under a placement order before the adoption order ends care.
      legalStatus = 'E1';
      placementType = random.chance(0.15) ? 'A5' : 'A6';
    }
    const foster = placementType.startsWith('U');
    const provider =
      placementType === 'P1'
        ? 'PR0'
        : foster
          ? random.weighted(FOSTER_PROVIDER)
          : placementType.startsWith('A')
            ? 'PR1'
            : random.weighted(OTHER_PROVIDER);
    const previous = episodes[episodes.length - 1];
    const reasonNewEpisode = i === 0 ? 'S' : previous.legalStatus !== legalStatus ? 'T' : 'P';
    episodes.push(
      Object.assign(new CareEpisodeRecord(), {
        id: `${child.id}-E${i + 1}`,
        childId: child.id,
        authorityCode: child.authorityCode,
        startDate: fromDayNumber(bounds[i]!),
        endDate: bounds[i + 1] === null ? null : fromDayNumber(bounds[i + 1]!),
        reasonNewEpisode,
        legalStatus,
        categoryOfNeed: need,
        placementType,
        placementProvider: provider,
        reasonCeased: bounds[i + 1] === null ? null : last ? ceased : 'X1',
        fosterHouseholdId: null,
      }),
    );
  }
  return episodes;
}
