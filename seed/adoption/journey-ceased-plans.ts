import { day, END, fyEndDay, fyStartDay, inYear, MID_2021 } from './journey-calendar';
import { JourneyDraft } from './journey-draft';
import { AGENCIES } from './journey-choices.targets';
import { JourneyGeneration } from './journey-generation';
import { CouncilPlan, FIRST_YEAR, LAST_YEAR } from './journey-plan';
import { waitingOn } from './journey-waiting';

type Field = 'adm' | 'po';

const targetOf = (plan: CouncilPlan, field: Field, year: number) =>
  (field === 'adm' ? plan.decisions : plan.placementOrders).get(year);

/**
 * Decisions and placement orders per year: the journeys so far give most of them; children
 * still waiting at 31 March 2022 take the decisions the published count leaves room for, and
 * plans that ceased make up the rest.
 */
export function ceasedPlans(g: JourneyGeneration, plan: CouncilPlan): void {
  waitingChildrensSteps(g, plan);
  let carried: JourneyDraft[] = [];
  for (let year = FIRST_YEAR - 1; year <= LAST_YEAR; year += 1) carried = ceasedPlansOfYear(g, plan, year, carried);
}

/**
 * Waiting children's decisions and orders: as many in 2021-22 as the council's counts allow, the
 * rest the years before.
 */
function waitingChildrensSteps(g: JourneyGeneration, plan: CouncilPlan): void {
  const random = g.random(plan.code);
  const waiting = random.shuffle(g.of(plan.code).filter((d) => d.kind === 'WAITING' && d.earlyPermanence === 'NONE'));
  // Room left in each year for waiting children's decisions and orders (one kept for a ceased plan).
  const rooms = (field: Field) =>
    new Map(
      [LAST_YEAR, LAST_YEAR - 1, LAST_YEAR - 2, LAST_YEAR - 3].map((year) => {
        const t = targetOf(plan, field, year);
        const others = g.of(plan.code).filter((d) => !waiting.includes(d) && inYear(d[field], year)).length;
        return [year, t === undefined ? Infinity : t - others - 1];
      }),
    );
  const admRoom = rooms('adm');
  const poRoom = rooms('po');
  const withOrder = waiting.filter((d) => d.po !== null && d.po <= END);
  const withoutOrder = waiting.filter((d) => !(d.po !== null && d.po <= END));
  const latestWithRoom = (room: Map<number, number>, notAfter: number) =>
    [...room.keys()].filter((y) => y <= notAfter && room.get(y)! > 0).sort((a, b) => b - a)[0] ?? LAST_YEAR - 3;
  for (const d of [...withoutOrder, ...withOrder]) {
    const hasOrder = withOrder.includes(d);
    // The order's year first (latest with room), then the decision's (not after the order's).
    const poYear = hasOrder ? latestWithRoom(poRoom, LAST_YEAR) : LAST_YEAR;
    const admYear = latestWithRoom(admRoom, poYear);
    admRoom.set(admYear, admRoom.get(admYear)! - 1);
    const admLast = admYear === poYear && hasOrder ? fyEndDay(admYear) - 30 : Math.min(fyEndDay(admYear), END - 10);
    d.adm = random.int(fyStartDay(admYear), admLast);
    if (hasOrder) {
      poRoom.set(poYear, poRoom.get(poYear)! - 1);
      // A child matched and moving at 31 March 2022 had the order before the match.
      const latest = Math.min(fyEndDay(poYear), END - 5, d.endStatus === 'MATCHED_MOVING' ? d.match! - 1 : Infinity);
      d.po = random.int(Math.min(latest, Math.max(d.adm + 20, fyStartDay(poYear))), latest);
      if (d.po <= d.adm) d.adm = d.po - 20;
    }
    d.entered = d.adm - random.int(100, 400);
    if (d.match !== null && d.po !== null && d.match <= d.po) d.match = d.po + random.int(30, 90);
  }
}

/**
 * One year's ceased plans: as many as the published decisions leave, some with an order. More
 * orders than decisions left: plans decided late the year before get their order this year (a
 * year before the published ones may have as many late decisions as needed). Returns the plans
 * of this year without an order, which may get one next year.
 */
function ceasedPlansOfYear(
  g: JourneyGeneration,
  plan: CouncilPlan,
  year: number,
  carried: JourneyDraft[],
): JourneyDraft[] {
  const random = g.random(plan.code);
  const count = (field: Field) => g.of(plan.code).filter((d) => inYear(d[field], year)).length;
  const adms = count('adm');
  const decided = targetOf(plan, 'adm', year);
  const extra = decided !== undefined ? decided - adms : Math.round(adms * 0.15);
  if (extra < 0)
    throw new Error(`seed: ${plan.code} has ${adms} decisions in ${year} before any ceased plan, published ${decided}`);
  const orders = count('po');
  const ordered = targetOf(plan, 'po', year);
  let extraOrders = ordered !== undefined ? ordered - orders : Math.round(extra * 0.4);
  while (extraOrders > extra + carried.length && targetOf(plan, 'adm', year - 1) === undefined) {
    const d = g.make(plan.code, 'CEASED');
    d.adm = random.int(fyEndDay(year - 1) - 150, fyEndDay(year - 1));
    d.entered = d.adm - random.int(90, 420);
    d.ceased = END;
    d.ceasedReason = random.weighted({ PO_REVOKED: 40, SGO: 30, LONG_TERM_FOSTERING: 30 });
    carried.push(d);
  }
  while (extraOrders > extra && carried.length > 0) {
    const d = carried.pop()!;
    d.po = random.int(fyStartDay(year), Math.min(fyStartDay(year) + 90, fyEndDay(year)));
    if (d.ceased! <= d.po) d.ceased = Math.min(END, d.po + random.int(30, 200));
    extraOrders -= 1;
  }
  if (extraOrders < 0 || extraOrders > extra)
    throw new Error(
      `seed: ${plan.code} ${year}: ${orders} placement orders before ceased plans (published ${ordered}), ${extra} ceased plans to add`,
    );
  const withoutOrder: JourneyDraft[] = [];
  for (let i = 0; i < extra; i += 1) {
    const d = g.make(plan.code, 'CEASED');
    d.ageBand = random.weighted({ '0-12m': 15, '1-2y': 25, '2-3y': 20, '3-4y': 15, '4-5y': 10, '5y+': 15 });
    const withPo = i < extraOrders;
    d.adm = random.int(fyStartDay(year), fyEndDay(year) - (withPo ? 30 : 0));
    d.entered = d.adm - random.int(90, 420);
    if (withPo) d.po = random.int(d.adm + 14, Math.min(d.adm + 150, fyEndDay(year)));
    const from = (d.po ?? d.adm) + 30;
    d.ceased = Math.min(END, from + random.int(0, 300));
    if (d.ceased < from) d.ceased = Math.min(END, (d.po ?? d.adm) + 1);
    d.ceasedReason = withPo
      ? random.weighted({ PO_REVOKED: 40, SGO: 30, LONG_TERM_FOSTERING: 25, OTHER: 5 })
      : random.weighted({ SGO: 40, RETURNED_HOME: 25, LONG_TERM_FOSTERING: 25, OTHER: 10 });
    if (!withPo) withoutOrder.push(d);
  }
  return year < LAST_YEAR ? withoutOrder : [];
}

/**
 * An agency's children waiting at 31 March 2021 (T4C: 159 with a plan, 91 of them with an order):
 * plans that ceased around then end just before or just after the day, so the stock comes out exact.
 */
export function balanceWaitingAt(g: JourneyGeneration): void {
  for (const agency of AGENCIES) {
    if (!g.published.find('children_with_adoption_plan_count', agency, '', '', '2021-03-31')) continue;
    const drafts = g.drafts.filter((d) => g.members(agency).includes(d.code));
    const plan = g.published.value('children_with_adoption_plan_count', agency, '', '', '2021-03-31');
    const withOrder = g.published.value('children_with_po_not_matched_count', agency, '', '', '2021-03-31');
    const movable = drafts.filter(
      (d) =>
        d.kind === 'CEASED' && d.adm! <= MID_2021 && d.adm! >= day('2019-04-01') && (d.po === null || d.po <= MID_2021),
    );
    const fixed = drafts.filter((d) => !movable.includes(d));
    const basePlan = fixed.filter((d) => waitingOn(d, MID_2021)).length;
    const baseOrder = fixed.filter((d) => waitingOn(d, MID_2021) && d.po !== null && d.po <= MID_2021).length;
    const needOrder = withOrder - baseOrder;
    const needPlanOnly = plan - basePlan - needOrder;
    const ordered = movable.filter((d) => d.po !== null);
    const unordered = movable.filter((d) => d.po === null);
    if (needOrder < 0 || needOrder > ordered.length || needPlanOnly < 0 || needPlanOnly > unordered.length) {
      throw new Error(
        `seed: ${agency} waiting at 31 March 2021: ${basePlan} with a plan and ${baseOrder} with an order before balancing; ${ordered.length}/${unordered.length} ceased plans to move; published ${plan}/${withOrder}`,
      );
    }
    straddle(ordered, needOrder);
    straddle(unordered, needPlanOnly);
  }
}

/** The first n plans end just after 31 March 2021 (still waiting then), the rest just before. */
function straddle(list: JourneyDraft[], n: number): void {
  list.forEach((d, i) => {
    const from = (d.po ?? d.adm)! + 1;
    if (i < n) d.ceased = MID_2021 + 1 + ((d.adm! * 7) % 300);
    else d.ceased = Math.max(from, MID_2021 - 1 - ((d.adm! * 13) % 120));
    if (d.ceased > MID_2021 && i >= n) throw new Error(`seed: ${d.id} cannot cease before 31 March 2021`);
  });
}
