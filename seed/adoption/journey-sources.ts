import { ADOPTERS_FROM_OTHER_AGENCY, Agency, AGENCIES, agencyOf } from './journey-choices.targets';
import { JourneyDraft } from './journey-draft';
import { JourneyGeneration } from './journey-generation';
import { FIRST_YEAR, LAST_YEAR } from './journey-plan';
import { AdopterSource } from './journey-targets';

interface SourceQuota {
  year: number;
  half: 1 | 2 | null;
  own: number;
  external: number;
  toVaa: number;
}

/**
 * Placements by adopters (the agency's own, or "external") published for an agency as a whole, by
 * year or half year.
 */
function agencyQuotas(g: JourneyGeneration, agency: Agency): SourceQuota[] {
  const placed = g.published.rows.filter(
    (r) => r.measure === 'children_placed_for_adoption_count' && r.authority === agency,
  );
  const get = (period: string, source: string) =>
    placed.find((r) => r.period === period && r.breakdown.startsWith(`adopter_source=${source}`))!.value;
  const total = (period: string) =>
    placed.find((r) => r.period === period && (r.breakdown === '' || r.breakdown.startsWith('source_period_label')))!
      .value;
  const ownSource = `${agency.toLowerCase()}_adopters`;
  return g.agency(agency).sourceQuotas.map((q) => ({
    year: q.year,
    half: q.half,
    own: get(q.period, ownSource),
    external:
      q.external === 'PUBLISHED' ? get(q.period, 'external_adopters') : total(q.period) - get(q.period, ownSource),
    toVaa: q.toVaa,
  }));
}

function fillSources(label: string, cohort: JourneyDraft[], quota: Record<AdopterSource, number>): void {
  // Siblings share adopters: fill groups first, so a group never straddles two sources.
  const groups = new Map<string, JourneyDraft[]>();
  for (const d of cohort) groups.set(d.groupId ?? d.id, [...(groups.get(d.groupId ?? d.id) ?? []), d]);
  // Disrupted placements keep the source the papers give them; then the largest groups first.
  const ordered = [...groups.values()].sort(
    (a, b) => Number(b[0].kind === 'DISRUPTED') - Number(a[0].kind === 'DISRUPTED') || b.length - a.length,
  );
  for (const group of ordered) {
    const fixed = group[0].kind === 'DISRUPTED' ? group[0].source : null;
    const source = fixed ?? (['OWN', 'OTHER_RAA', 'VAA'] as AdopterSource[]).find((x) => quota[x] >= group.length);
    if (!source)
      throw new Error(`seed: ${label} adopter sources ${JSON.stringify(quota)} cannot take a group of ${group.length}`);
    quota[source] -= group.length;
    for (const d of group) d.source = source;
  }
  if (Object.values(quota).some((n) => n !== 0))
    throw new Error(`seed: ${label} adopter sources left over ${JSON.stringify(quota)}`);
}

/**
 * Each placement's adopter source: agency-wide quotas where published, else the council's counts,
 * else about 72% own and 10% VAA.
 */
export function assignSources(g: JourneyGeneration): void {
  const quotas = new Map(AGENCIES.map((a) => [a, agencyQuotas(g, a)]));
  for (const agency of AGENCIES) {
    for (const q of quotas.get(agency)!) {
      const cohort = g.drafts.filter(
        (d) =>
          g.members(agency).includes(d.code) && d.placedYear === q.year && (q.half === null || d.placedHalf === q.half),
      );
      fillSources(`${agency} ${q.year} ${q.half ?? ''}`, cohort, {
        OWN: q.own,
        OTHER_RAA: q.external - q.toVaa,
        VAA: q.toVaa,
      });
    }
  }
  for (const plan of g.plans) {
    const random = g.random(plan.code);
    const placed = g.drafts.filter((d) => d.code === plan.code && d.placedYear !== null && d.kind !== 'DISRUPTED');
    for (let year = FIRST_YEAR - 1; year <= LAST_YEAR; year += 1) {
      if (quotas.get(plan.agency)!.some((q) => q.year === year)) continue;
      const cohort = random.shuffle(placed.filter((d) => d.placedYear === year));
      cohort.push(...g.drafts.filter((d) => d.code === plan.code && d.kind === 'DISRUPTED' && d.placedYear === year));
      const bySource = plan.targets.placedBySource.get(year);
      const own = Math.round(cohort.length * 0.72);
      const vaa = Math.round(cohort.length * 0.1);
      fillSources(
        `${plan.code} ${year}`,
        cohort,
        bySource ? { ...bySource } : { OWN: own, VAA: vaa, OTHER_RAA: cohort.length - own - vaa },
      );
    }
  }
  for (const d of g.drafts) if (d.source === 'OWN') d.adopterAgency = agencyOf(d.code);
  // Inter-agency placements with the other pilot agency's adopters.
  for (const x of ADOPTERS_FROM_OTHER_AGENCY) {
    const cohort = g.drafts.filter(
      (d) => d.code === x.code && d.placedYear === x.year && d.source === 'OTHER_RAA' && d.kind === 'ADOPTED',
    );
    cohort.slice(0, x.children).forEach((d) => (d.adopterAgency = x.adopterAgency));
  }
}
