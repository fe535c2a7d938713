import { publishedDate } from '../shared/reference-data';
import { day, END } from './journey-calendar';
import { Agency, AGENCIES, DESCRIBED_COHORTS, END_STATUSES } from './journey-choices.targets';
import { JourneyDraft } from './journey-draft';
import { JourneyGeneration } from './journey-generation';
import { CouncilPlan } from './journey-plan';

/** Waiting at the end of a day: decided, not placed, not ceased, not adopted. */
export function waitingOn(d: JourneyDraft, at: number): boolean {
  const by = (x: number | null) => x !== null && x <= at;
  return by(d.adm) && !by(d.placed) && !by(d.ceased) && !by(d.ao);
}

/** Children still waiting on 31 March 2022 (decision made, not placed), with and without an order, and their future. */
export function waitingAtEnd(g: JourneyGeneration, plan: CouncilPlan): void {
  const counts = g.council(plan.code).waitingAtEnd;
  const random = g.random(plan.code);
  for (let i = 0; i < counts.withOrder + counts.withoutOrder; i += 1) {
    const d = g.make(plan.code, 'WAITING');
    d.ageBand = random.weighted({ '0-12m': 30, '1-2y': 30, '2-3y': 15, '3-4y': 10, '4-5y': 5, '5y+': 10 });
    d.adm = random.int(day('2020-11-01'), END - 20);
    d.entered = d.adm - random.int(120, 420);
    // Without an order, the order is still to come (after the records end), then family finding.
    d.po = i < counts.withOrder ? Math.min(END - 1, d.adm + random.int(40, 160)) : END + random.int(30, 150);
    d.match = d.po + random.int(60, 220);
    d.placed = d.match + random.int(10, 40);
    d.ao = d.placed + random.int(150, 330);
    d.source = random.chance(0.75) ? 'OWN' : random.chance(0.6) ? 'OTHER_RAA' : 'VAA';
    d.adopterAgency = d.source === 'OWN' ? plan.agency : null;
  }
}

/** The published statuses of an agency's children waiting with a placement order at 31 March 2022, one per child. */
function endStatuses(g: JourneyGeneration, agency: Agency): { status: string; search: string | null }[] {
  const { measure, rows } = END_STATUSES[agency];
  return rows.flatMap((r) =>
    Array.from({ length: g.published.value(measure, agency, '', r.breakdown, '2022-03-31') }, () => ({
      status: r.status,
      search: r.search,
    })),
  );
}

/**
 * Gives each agency's children waiting with an order at 31 March 2022 their published status, and
 * the future that follows.
 */
export function assignEndStatuses(g: JourneyGeneration): void {
  for (const agency of AGENCIES) {
    const codes = g.plansOf(agency).map((p) => p.code);
    const waiting = g.drafts.filter(
      (d) => d.kind === 'WAITING' && codes.includes(d.code) && d.po !== null && d.po <= END,
    );
    const statuses = endStatuses(g, agency);
    if (statuses.length !== waiting.length)
      throw new Error(
        `seed: ${agency} has ${waiting.length} children waiting with an order, statuses for ${statuses.length}`,
      );
    // Early permanence babies still to be placed are the ones linked with their own carers.
    const ordered = [...waiting].sort(
      (a, b) => Number(b.earlyPermanence !== 'NONE') - Number(a.earlyPermanence !== 'NONE'),
    );
    const list = [
      ...statuses.filter((s) => s.status === 'LINKED_OWN_CARER_OR_SIBLINGS'),
      ...statuses.filter((s) => s.status !== 'LINKED_OWN_CARER_OR_SIBLINGS'),
    ];
    ordered.forEach((d, i) => {
      d.endStatus = list[i].status;
      d.endSearch = list[i].search;
      futureAfterEnd(g, d);
    });
  }
}

function futureAfterEnd(g: JourneyGeneration, d: JourneyDraft): void {
  const random = g.random(d.code);
  switch (d.endStatus) {
    case 'MATCHED_MOVING':
      d.match = END - random.int(1, 25);
      d.placed = END + random.int(1, 30);
      d.ao = d.placed + random.int(150, 300);
      break;
    case 'FAMILY_FINDING_STOPPED':
    case 'AWAITING_PO_REVOCATION':
      d.match = null;
      d.placed = null;
      d.ao = null;
      d.source = null;
      d.adopterAgency = null;
      d.ceased = END + random.int(20, 200);
      d.ceasedReason =
        d.endStatus === 'AWAITING_PO_REVOCATION' ? 'PO_REVOKED' : random.pick(['LONG_TERM_FOSTERING', 'SGO']);
      break;
    default:
      if (d.match! <= END) d.match = END + random.int(10, 120);
      d.placed = d.match! + random.int(10, 40);
      d.ao = d.placed + random.int(150, 330);
  }
}

/**
 * Children with a placement order and no link at a month end, as a council's paper counts them
 * (Middlesbrough March 2021: 6, all "harder to match", 5 waiting 6-9 months, 1 under 3 months).
 * They are extra journeys whose plan later changed.
 */
export function unlinkedAtMonthEnd(g: JourneyGeneration): JourneyDraft[] {
  const made: JourneyDraft[] = [];
  for (const c of DESCRIBED_COHORTS.unlinkedAt) {
    const random = g.random(c.code);
    const total = g.published.value(
      'children_with_po_no_link_count',
      c.code,
      '',
      'characteristic=harder_to_match',
      c.at,
    );
    const long = g.published.value('children_with_po_no_link_count', c.code, '', c.long.breakdown, c.at);
    const short = g.published.value('children_with_po_no_link_count', c.code, '', c.short.breakdown, c.at);
    if (long + short !== total) throw new Error(`seed: ${c.code} unlinked children by duration do not add up`);
    for (let i = 0; i < total; i += 1) {
      const d = g.make(c.code, 'CEASED');
      const window = i < long ? c.long : c.short;
      d.ageBand = '5y+';
      d.po = random.int(day(window.orderFrom), day(window.orderTo));
      d.adm = d.po - random.int(40, 120);
      d.entered = d.adm - random.int(150, 400);
      d.ceased = random.int(day('2021-10-01'), day('2022-02-28'));
      d.ceasedReason = 'LONG_TERM_FOSTERING';
      made.push(d);
    }
  }
  return made;
}

/** Every other child of that council waiting with an order at the month end had been linked by then. */
export function linkedAtMonthEnd(g: JourneyGeneration, unlinked: JourneyDraft[]): void {
  for (const c of DESCRIBED_COHORTS.unlinkedAt) {
    const at = day(publishedDate(c.at));
    for (const d of g.drafts.filter(
      (x) => x.code === c.code && !unlinked.includes(x) && x.po !== null && x.po <= at && waitingOn(x, at),
    )) {
      const active = d.statuses.filter((s) => s.from <= at).sort((a, b) => b.from - a.from)[0];
      if (active?.status !== 'ACTIVELY_FAMILY_FINDING') continue;
      d.statuses.push({
        from: Math.max(d.po! + 1, at - 20),
        status: d.byFosterCarer ? 'LINKED_OWN_CARER_OR_SIBLINGS' : 'LINKED',
        scope: null,
      });
    }
  }
}
