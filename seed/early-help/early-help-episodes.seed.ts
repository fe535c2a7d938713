import { addDays, IsoDate } from '../../schema/vocabulary/dates';
import { ContactRecord, EarlyHelpEpisodeRecord } from '../../subgraphs/early-help/entities';
import { Random } from '../shared/random';
import { ChildRegistry, EarlyHelpChild } from './early-help-children';
import { dayIn, GENERATED_FROM, monthsOf, RECORDS_FROM, RECORDS_TO } from './early-help-span';
import { EarlyHelpTargets, expectFigure, REDCAR } from './early-help-targets';

/**
 * Early help episodes: about three in ten contacts that progress to early help start an episode
 * within three weeks (the others are signposted to universal or targeted groups); 95% have an early
 * help assessment within four weeks; episodes last 3–10 months. A quarter are partner-led (plausible:
 * Redcar's "only 32 Partner Led assessments" in Q1 2021-22, and "an increase" since — 51 in Q1
 * 2022-23 here). Before the contacts' records begin, episodes start at the same monthly rate, so the
 * first covered day has a full caseload.
 */
const FROM_CONTACT = 0.3;
const PARTNER_LED = 0.25;
export const REDCAR_PARTNER_LED_Q1_2022 = 51;
const PARTNER_AGENCIES: Record<string, number> = {
  SCHOOL: 50,
  EARLY_YEARS: 10,
  HEALTH: 22,
  HOUSING: 5,
  VOLUNTARY_SECTOR: 9,
  POLICE: 4,
};
const COUNCIL_AGENCIES: Record<string, number> = { COUNCIL_EARLY_HELP: 70, FAMILY_HUB: 30 };
const REASONS = {
  EDUCATION: 18,
  EARLY_YEARS: 8,
  HEALTH: 14,
  SUBSTANCE_USE: 5,
  FAMILY_RELATIONSHIPS: 22,
  EXPLOITATION: 5,
  CRIME: 4,
  DOMESTIC_ABUSE: 14,
  HOUSING: 4,
  FINANCIAL_STABILITY: 6,
};
const END_REASONS = {
  OUTCOMES_MET: 45,
  STEPPED_UP: 12,
  STEPPED_DOWN: 15,
  NO_FURTHER_ACTION: 8,
  DISENGAGED: 12,
  MOVED_AWAY: 8,
};

export function generateEpisodes(
  authorityCode: string,
  contacts: ContactRecord[],
  registry: ChildRegistry,
  random: Random,
  targets: EarlyHelpTargets,
  from = RECORDS_FROM,
): EarlyHelpEpisodeRecord[] {
  const children = new Map(registry.all.map((c) => [c.id, c]));
  const episodes: EarlyHelpEpisodeRecord[] = [];
  const start = (child: EarlyHelpChild, startDate: IsoDate) => {
    const partner = random.chance(PARTNER_LED);
    const assessed = random.chance(0.95) ? addDays(startDate, random.int(0, 28)) : null;
    const end = addDays(startDate, random.int(90, 300));
    episodes.push(
      Object.assign(new EarlyHelpEpisodeRecord(), {
        id: `${authorityCode}-EP${String(episodes.length + 1).padStart(7, '0')}`,
        childId: child.id,
        familyId: child.familyId,
        authorityCode,
        dateOfBirth: child.dateOfBirth,
        startDate,
        assessmentDate: assessed !== null && assessed <= RECORDS_TO ? assessed : null,
        endDate: end <= RECORDS_TO ? end : null,
        lead: partner ? 'PARTNER' : 'COUNCIL',
        leadAgency: random.weighted(partner ? PARTNER_AGENCIES : COUNCIL_AGENCIES),
        reason: random.weighted(REASONS),
        endReason: end <= RECORDS_TO ? random.weighted(END_REASONS) : null,
      }),
    );
  };
  const fromContacts = contacts.filter((c) => c.outcome === 'EARLY_HELP' && random.chance(FROM_CONTACT));
  for (const c of fromContacts) {
    const day = addDays(c.contactDate, random.int(3, 21));
    if (day <= RECORDS_TO) start(children.get(c.childId)!, day);
  }
  const monthly = fromContacts.length / monthsOf(from, RECORDS_TO).length;
  const warmUp = from === RECORDS_FROM ? GENERATED_FROM : addDays(from, -183);
  for (const [first, last] of monthsOf(warmUp, addDays(from, -1)))
    for (let i = Math.round(monthly * (0.9 + random.next() * 0.2)); i > 0; i -= 1)
      start(registry.newChild(first), dayIn(random, first, last));
  if (authorityCode === REDCAR) {
    setPartnerLed(episodes, '2021-04-01', '2021-06-30', targets.partnerLedAssessmentsQ1_2021, random);
    setPartnerLed(episodes, '2022-04-01', '2022-06-30', REDCAR_PARTNER_LED_Q1_2022, random);
  }
  return episodes;
}

/** Exactly `count` of the assessments completed in the span partner-led, the rest council-led. */
function setPartnerLed(episodes: EarlyHelpEpisodeRecord[], from: string, to: string, count: number, random: Random) {
  const assessed = episodes.filter(
    (e) => e.assessmentDate !== null && e.assessmentDate >= from && e.assessmentDate <= to,
  );
  if (assessed.length < count) throw new Error(`seed: only ${assessed.length} early help assessments ${from}–${to}`);
  random.shuffle(assessed).forEach((e, i) => {
    const partner = i < count;
    if ((e.lead === 'PARTNER') === partner) return;
    e.lead = partner ? 'PARTNER' : 'COUNCIL';
    e.leadAgency = random.weighted(partner ? PARTNER_AGENCIES : COUNCIL_AGENCIES);
  });
  expectFigure(
    `partner-led early help assessments ${from}–${to}`,
    assessed.filter((e) => e.lead === 'PARTNER').length,
    count,
  );
}
