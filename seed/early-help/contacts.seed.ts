import { ContactRecord, ReferralRecord } from '../../subgraphs/early-help/entities';
import { Random } from '../shared/random';
import { ChildRegistry, EarlyHelpChild } from './early-help-children';
import { dayIn, monthsOf, RECORDS_FROM, RECORDS_TO } from './early-help-span';
import { EarlyHelpTargets, expectFigure, pct, REDCAR } from './early-help-targets';

/**
 * Contacts, quarter by quarter: every referral arrives as a contact that day (outcome
 * REFERRAL_TO_SOCIAL_CARE), and about as many again go elsewhere. Plausible shares (written down
 * here; no paper prints contact volumes): referrals are about 36% of contacts, early help about 30%,
 * the rest information and advice (55%) or no further action. Redcar's early help shares are the
 * paper's: 26.2% of 2020-21's contacts (pooled), and a mean of 36.1% over the four quarters to June
 * 2022 (rising from 34.5% to 37.6%).
 */
const REFERRAL_SHARE_OF_CONTACTS = 0.36;
const EARLY_HELP_SHARE = 0.3;
const REDCAR_SHARES: Record<string, number> = {
  '2020-04': 0.255,
  '2020-07': 0.26,
  '2020-10': 0.265,
  '2021-01': 0.268,
  '2021-04': 0.33,
  '2021-07': 0.345,
  '2021-10': 0.357,
  '2022-01': 0.366,
  '2022-04': 0.376,
};
const SOURCES = {
  POLICE: 30,
  SCHOOL: 18,
  HEALTH: 14,
  INDIVIDUAL: 14,
  LA_SERVICES: 12,
  HOUSING: 3,
  OTHER_LEGAL_AGENCY: 2,
  OTHER: 4,
  ANONYMOUS: 2,
  UNKNOWN: 1,
};

/** The quarters of the records, as the first months ("2020-04") and their spans. */
function quarters(from: string): { key: string; from: string; to: string }[] {
  const months = monthsOf(from, RECORDS_TO);
  const result = [];
  for (let i = 0; i < months.length; i += 3)
    result.push({ key: months[i][0].slice(0, 7), from: months[i][0], to: months[i + 2][1] });
  return result;
}

export function generateContacts(
  authorityCode: string,
  referrals: ReferralRecord[],
  referralSources: Map<string, string>,
  registry: ChildRegistry,
  random: Random,
  targets: EarlyHelpTargets,
  from = RECORDS_FROM,
): ContactRecord[] {
  const contacts: ContactRecord[] = [];
  const add = (child: EarlyHelpChild | { id: string }, contactDate: string, source: string, outcome: string) =>
    contacts.push(
      Object.assign(new ContactRecord(), {
        id: `${authorityCode}-CT${String(contacts.length + 1).padStart(7, '0')}`,
        childId: child.id,
        authorityCode,
        contactDate,
        source,
        outcome,
      }),
    );
  for (const r of referrals)
    add({ id: r.childId }, r.referralDate, referralSources.get(r.id)!, 'REFERRAL_TO_SOCIAL_CARE');
  const known: EarlyHelpChild[] = [...registry.all];
  for (const q of quarters(from)) {
    const referred = referrals.filter((r) => r.referralDate >= q.from && r.referralDate <= q.to).length;
    const total = Math.round(referred / (REFERRAL_SHARE_OF_CONTACTS * (0.92 + random.next() * 0.16)));
    const share =
      authorityCode === REDCAR
        ? (REDCAR_SHARES[q.key] ?? 0.25 + random.next() * 0.04)
        : EARLY_HELP_SHARE + (random.next() - 0.5) * 0.06;
    const earlyHelp = Math.round(total * share);
    const rest = total - referred - earlyHelp;
    const advice = Math.round(rest * 0.55);
    const outcomes = [
      ...Array<string>(earlyHelp).fill('EARLY_HELP'),
      ...Array<string>(advice).fill('INFORMATION_AND_ADVICE'),
      ...Array<string>(rest - advice).fill('NO_FURTHER_ACTION'),
    ];
    for (const outcome of outcomes) {
      // A quarter of contacts are about a child already known to the front door.
      const child = known.length > 0 && random.chance(0.25) ? random.pick(known) : registry.newChild(q.from);
      add(child, dayIn(random, q.from, q.to), random.weighted(SOURCES), outcome);
    }
  }
  if (authorityCode === REDCAR) calibrateRedcar(contacts, targets);
  return contacts;
}

/**
 * Redcar's two published shares, made exact: 2020-21 pooled, and the mean of the four quarters'
 * shares to June 2022 (turning information-and-advice contacts into early help or back, one at a time).
 */
function calibrateRedcar(contacts: ContactRecord[], t: EarlyHelpTargets): void {
  const within = (from: string, to: string) => contacts.filter((c) => c.contactDate >= from && c.contactDate <= to);
  const share = (list: ContactRecord[]) => list.filter((c) => c.outcome === 'EARLY_HELP').length / list.length;
  const nudge = (list: ContactRecord[], up: boolean) => {
    const c = list.find((x) => x.outcome === (up ? 'INFORMATION_AND_ADVICE' : 'EARLY_HELP'));
    if (c) c.outcome = up ? 'EARLY_HELP' : 'INFORMATION_AND_ADVICE';
  };
  const year = within('2020-04-01', '2021-03-31');
  for (let i = 0; i < 500 && pct(share(year) * 1000, 1000) !== t.earlyHelpShare2020; i += 1)
    nudge(year, share(year) * 100 < t.earlyHelpShare2020);
  expectFigure('Redcar contacts to early help % 2020-21', Math.round(share(year) * 1000) / 10, t.earlyHelpShare2020);
  const spans = [
    ['2021-07-01', '2021-09-30'],
    ['2021-10-01', '2021-12-31'],
    ['2022-01-01', '2022-03-31'],
    ['2022-04-01', '2022-06-30'],
  ].map(([from, to]) => within(from, to));
  const mean = () => Math.round((spans.reduce((s, q) => s + share(q), 0) / spans.length) * 1000) / 10;
  for (let i = 0; i < 500 && mean() !== t.earlyHelpShareLastFourQuarters; i += 1)
    nudge(spans[3], mean() < t.earlyHelpShareLastFourQuarters);
  expectFigure('Redcar contacts to early help, mean of last 4 quarters %', mean(), t.earlyHelpShareLastFourQuarters);
}
