import { Random } from '../shared/random';
import { BAND_DAYS, BANDS, ETHNIC_MINORITY } from './age-bands';
import { day } from './journey-calendar';
import {
  ADOPTER_ETHNICITY_STREAM,
  Agency,
  AGENCIES,
  agencyOf,
  DESCRIBED_COHORTS,
  ROLLING_2020,
} from './journey-choices.targets';
import { JourneyDraft, priority } from './journey-draft';
import { JourneyGeneration } from './journey-generation';
import { LAST_YEAR } from './journey-plan';
import { partnershipTargets } from './journey-targets';

/**
 * Babies can only wait so long (a child placed under 12 months old), so councils with long waits
 * place fewer of them: the share of babies falls as the year's A10 average rises.
 */
function bandWeights(g: JourneyGeneration, d: JourneyDraft): Record<string, number> {
  const plan = g.plan(d.code);
  const year = d.aoYear ?? d.placedYear;
  const average =
    year !== null && plan.a10Days.has(year)
      ? plan.a10Days.get(year)! / plan.adopted.get(year)!
      : g.agency(plan.agency).defaultA10Days;
  const babies = Math.min(0.4, Math.max(0.04, 0.5 - average / 1400));
  // Bands too young for the year's waits are rare.
  const fits = (band: string) => (BAND_DAYS[band][1] > 1.4 * average ? 1 : 0.15);
  return {
    '0-12m': babies * 100 * fits('0-12m'),
    '1-2y': 30 * fits('1-2y'),
    '2-3y': 16 * fits('2-3y'),
    '3-4y': 10,
    '4-5y': 7,
    '5y+': 12,
  };
}

/** A child with none of the priority characteristics (aged under 5, white British, not disabled). */
function plain(g: JourneyGeneration, d: JourneyDraft): void {
  const under5 = Object.fromEntries(Object.entries(bandWeights(g, d)).filter(([band]) => band !== '5y+'));
  d.ageBand = g.random(d.code).weighted(under5);
  d.ethnicity = 'WBRI';
  d.disability = false;
}

/** Sets characteristics so that each published count of priority children holds. */
export function assignCharacteristics(g: JourneyGeneration): void {
  for (const d of g.drafts) {
    const random = g.random(d.code);
    d.ageBand = random.weighted(bandWeights(g, d));
    d.ethnicity = random.chance(0.12) ? random.pick(ETHNIC_MINORITY) : 'WBRI';
    d.disability = random.chance(0.04);
  }
  for (const agency of AGENCIES) priorityAdopted(g, agency);
  const described = DESCRIBED_COHORTS.adoptedInYear.flatMap((c) => describedAdopted(g, c));
  for (const agency of AGENCIES) hardToPlaceRolling(g, agency, described);
  for (const agency of AGENCIES) describedPlacements(g, agency);
  const random = g.agencyRandom(ADOPTER_ETHNICITY_STREAM);
  for (const d of g.drafts) {
    if (d.ethnicity !== 'WBRI' && d.adopterEthnicity === null && d.kind !== 'WAITING')
      d.adopterEthnicity = random.chance(0.7) ? 'SIMILAR_OR_SAME' : 'WHITE_BRITISH';
  }
}

/**
 * An agency's children adopted in a year (T4C 2020-21 and 2021-22): each characteristic's count and
 * the number with any.
 */
function priorityAdopted(g: JourneyGeneration, agency: Agency): void {
  for (const [year, w] of partnershipTargets(agency, g.published).adoptedWith) {
    const cohort = g.drafts.filter((d) => agencyOf(d.code) === agency && d.kind === 'ADOPTED' && d.aoYear === year);
    const siblings = cohort.filter((d) => d.groupSize > 1);
    const others = g.agencyRandom(agency).shuffle(cohort.filter((d) => d.groupSize === 1));
    if (siblings.length !== w.siblings)
      throw new Error(
        `seed: ${agency} ${year} has ${siblings.length} children in sibling groups, expected ${w.siblings}`,
      );
    const priorityOthers = others.slice(0, w.any - w.siblings);
    const inUnion = [...siblings, ...priorityOthers];
    for (const d of cohort) plain(g, d);
    // Aged 5+ first to the non-sibling priority children, then to siblings.
    for (const d of [...priorityOthers, ...siblings].slice(0, w.aged5Plus)) d.ageBand = '5y+';
    const uncovered = priorityOthers.filter((d) => d.ageBand !== '5y+');
    const byEthnicity = [...uncovered, ...inUnion.filter((d) => !uncovered.includes(d))].slice(0, w.notWhiteBritish);
    for (const d of byEthnicity) d.ethnicity = g.random(d.code).pick(ETHNIC_MINORITY);
    const stillUncovered = priorityOthers.filter((d) => d.ageBand !== '5y+' && d.ethnicity === 'WBRI');
    const disabled = [...stillUncovered, ...inUnion.filter((d) => !stillUncovered.includes(d))].slice(
      0,
      w.disability ?? 3,
    );
    for (const d of disabled) d.disability = true;
    const any = cohort.filter(priority).length;
    if (any !== w.any || cohort.length !== w.total)
      throw new Error(`seed: ${agency} ${year} priority children ${any}/${cohort.length}, expected ${w.any}`);
  }
}

/**
 * A cohort a council's paper describes (Middlesbrough 2020-21: 5 aged 5+, 15 "hard to place" of 25,
 * 12 of them in sibling groups).
 */
function describedAdopted(g: JourneyGeneration, c: (typeof DESCRIBED_COHORTS.adoptedInYear)[number]): JourneyDraft[] {
  const cohort = g.drafts.filter((d) => d.code === c.code && d.kind === 'ADOPTED' && d.aoYear === c.year);
  const aged = g.published.value('adoption_orders_count', c.code, c.period, `characteristic=aged_5_plus;${c.window}`);
  const hard = g.published.value(
    'adoption_orders_count',
    c.code,
    c.period,
    `characteristic=hard_to_place_any;${c.window}`,
  );
  for (const d of cohort) plain(g, d);
  const siblings = cohort.filter((d) => d.groupSize > 1);
  const singles = cohort.filter((d) => d.groupSize === 1);
  const extra = hard - siblings.length;
  singles.slice(0, Math.min(extra, aged)).forEach((d) => (d.ageBand = '5y+'));
  siblings.slice(0, aged - Math.min(extra, aged)).forEach((d) => (d.ageBand = '5y+'));
  singles.slice(Math.min(extra, aged), extra).forEach((d) => (d.ethnicity = 'MWBC'));
  return cohort;
}

/**
 * An agency's "hard to place" orders in the rolling twelve months (ATV: 51 of 69 in 2020),
 * described cohorts kept as they are.
 */
function hardToPlaceRolling(g: JourneyGeneration, agency: Agency, described: JourneyDraft[]): void {
  const row = g.published.find(
    'adoption_orders_count',
    agency,
    '',
    'window=rolling_12m;characteristic=hard_to_place_any',
  );
  if (!row) return;
  const inWindow = (d: JourneyDraft) =>
    d.kind === 'ADOPTED' &&
    d.aoWindow !== null &&
    d.aoWindow[0] >= day(ROLLING_2020.from) &&
    d.aoWindow[1] <= day(ROLLING_2020.to);
  const cohort = g.drafts.filter((d) => agencyOf(d.code) === agency && inWindow(d));
  const fixed = cohort.filter((d) => described.includes(d));
  const others = g.agencyRandom(agency).shuffle(cohort.filter((d) => !described.includes(d)));
  for (const d of others) if (d.groupSize === 1) plain(g, d);
  let hard = fixed.filter(priority).length + others.filter(priority).length;
  for (const d of others) {
    if (hard >= row.value) break;
    if (priority(d)) continue;
    d.ageBand = '5y+';
    hard += 1;
  }
  if (hard !== row.value)
    throw new Error(
      `seed: ${agency} rolling twelve months has ${hard} hard-to-place children adopted, expected ${row.value}`,
    );
}

/**
 * An agency's 2021-22 placements where published in detail (ATV): age bands, sex, ethnicity and
 * adopters' ethnicity.
 */
function describedPlacements(g: JourneyGeneration, agency: Agency): void {
  const count = (breakdown: string) =>
    g.published.value('children_placed_for_adoption_count', agency, '2021-22', breakdown);
  if (!g.published.find('children_placed_for_adoption_count', agency, '2021-22', 'sex=male')) return;
  const placed = g.drafts.filter(
    (d) => agencyOf(d.code) === agency && d.placedYear === LAST_YEAR && d.kind !== 'CEASED',
  );
  const random = g.agencyRandom(agency);
  assignBands(
    random,
    placed,
    BANDS.map((b) => count(`age_band=${b}`)),
    agency,
  );
  const males = count('sex=male');
  random.shuffle(placed).forEach((d, i) => (d.sex = i < males ? 'M' : 'F'));
  const minority = count('ethnicity=minority_ethnic');
  const similar = count('ethnicity=minority_ethnic;adopter_ethnicity=similar_or_same');
  random.shuffle(placed).forEach((d, i) => {
    d.ethnicity = i < minority ? random.pick(ETHNIC_MINORITY) : 'WBRI';
    d.adopterEthnicity = i < minority ? (i < similar ? 'SIMILAR_OR_SAME' : 'WHITE_BRITISH') : null;
    d.disability = false;
  });
}

function assignBands(random: Random, placed: JourneyDraft[], bands: number[], agency: Agency): void {
  const shuffled = random.shuffle(placed);
  // Older bands go to sibling-group members first (an older brother or sister placed with a baby).
  shuffled.sort((a, b) => b.groupSize - a.groupSize);
  let at = 0;
  for (let b = BANDS.length - 1; b >= 0; b -= 1)
    for (let i = 0; i < bands[b]; i += 1) shuffled[at++].ageBand = BANDS[b];
  if (at !== placed.length)
    throw new Error(`seed: ${agency} placed ${placed.length} children in 2021-22 but the age bands add to ${at}`);
}
