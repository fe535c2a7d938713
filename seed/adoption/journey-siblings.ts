import { apportion } from './journey-calendar';
import { Agency, AGENCIES, DESCRIBED_COHORTS } from './journey-choices.targets';
import { JourneyDraft } from './journey-draft';
import { JourneyGeneration } from './journey-generation';
import { CouncilPlan, FIRST_YEAR, LAST_YEAR } from './journey-plan';
import { partnershipTargets } from './journey-targets';
import { markHalves } from './journey-cohorts';

/** Groups the first candidates into triples, then pairs. */
function pairUp(candidates: JourneyDraft[], pairs: number, triples: number, label: string): void {
  let i = 0;
  const group = (size: number) => {
    const members = candidates.slice(i, i + size);
    if (members.length < size) throw new Error(`seed: not enough children for ${label} sibling groups`);
    for (const m of members) {
      m.groupId = `${members[0].id}-G`;
      m.groupSize = size;
      // Siblings placed together share their placement and order year.
      m.placedYear = members[0].placedYear;
      m.aoYear = members[0].aoYear;
      m.aoWindow = members[0].aoWindow;
      m.placedHalf = members[0].placedHalf;
    }
    i += size;
  };
  for (let n = 0; n < triples; n += 1) group(3);
  for (let n = 0; n < pairs; n += 1) group(2);
}

/** Children who can be grouped: same kind, same order window and placement year. */
function groupable(drafts: JourneyDraft[]): JourneyDraft[] {
  const key = (d: JourneyDraft) => `${d.kind}|${d.aoWindow?.join('-')}|${d.placedYear}|${d.placedHalf}`;
  const byKey = new Map<string, JourneyDraft[]>();
  for (const d of drafts.filter((x) => x.groupId === null)) byKey.set(key(d), [...(byKey.get(key(d)) ?? []), d]);
  // Keys with the most children first, so pairs form inside one window.
  return [...byKey.values()]
    .sort((a, b) => b.length - a.length)
    .flatMap((list) => (list.length % 2 === 1 ? list.slice(0, -1) : list));
}

/**
 * Pairs and triples among a council's children adopted in a year: a quarter in pairs, unless a
 * paper gives the groups.
 */
function groupsAdopted(
  g: JourneyGeneration,
  plan: CouncilPlan,
  year: number,
  cohort: JourneyDraft[],
): { pairs: number; triples: number } {
  let pairs = Math.round((cohort.length * 0.25) / 2);
  let triples = 0;
  const partnership = partnershipTargets(plan.agency, g.published).adoptedWith.get(year);
  if (partnership) {
    const weights = new Map(g.plansOf(plan.agency).map((p) => [p.code, p.adopted.get(year)!]));
    pairs = apportion(partnership.siblings / 2, weights).get(plan.code)!;
  }
  const described = DESCRIBED_COHORTS.adoptedInYear.find((c) => c.code === plan.code && c.year === year);
  if (described) {
    const groups = g.published.value('sibling_groups_adopted_count', plan.code, described.period, described.window);
    triples = g.published.value(
      'sibling_groups_adopted_count',
      plan.code,
      described.period,
      `${described.window};sibling_group_size=3`,
    );
    pairs = groups - triples;
  }
  if (g.agency(plan.agency).lastYearPairsFromPlacements && year === LAST_YEAR) pairs = 0;
  return { pairs, triples };
}

/** An agency's placements of 2021-22 in pairs, where published by sibling group size: shared over its councils. */
function pairsPlaced(g: JourneyGeneration, agency: Agency): void {
  const pairs = g.published.value('children_placed_for_adoption_count', agency, '2021-22', 'sibling_group_size=2') / 2;
  const placed = g.drafts.filter(
    (d) => g.members(agency).includes(d.code) && d.placedYear === LAST_YEAR && d.kind !== 'DISRUPTED',
  );
  const perCouncil = apportion(
    pairs,
    new Map(g.plansOf(agency).map((p) => [p.code, placed.filter((d) => d.code === p.code).length])),
  );
  for (const [code, n] of perCouncil)
    pairUp(groupable(g.random(code).shuffle(placed.filter((d) => d.code === code))), n, 0, `${code} 2021-22 placed`);
}

export function assignSiblingGroups(g: JourneyGeneration): void {
  markHalves(g);
  for (const plan of g.plans) {
    const own = g.of(plan.code);
    const random = g.random(plan.code);
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      const cohort = own.filter((d) => d.kind === 'ADOPTED' && d.aoYear === year);
      const { pairs, triples } = groupsAdopted(g, plan, year, cohort);
      pairUp(groupable(random.shuffle(cohort)), pairs, triples, `${plan.code} ${year}`);
    }
    const pendingShare = g.agency(plan.agency).pendingSiblingShare;
    const pending = own.filter((d) => d.kind === 'PENDING');
    if (pendingShare !== undefined)
      pairUp(groupable(random.shuffle(pending)), Math.round(pending.length * pendingShare), 0, `${plan.code} pending`);
  }
  // ATV's 2021-22 placements: 20 of 77 children placed in pairs, none in larger groups.
  for (const agency of AGENCIES) if (g.agency(agency).lastYearPairsFromPlacements) pairsPlaced(g, agency);
}
