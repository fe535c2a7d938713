import { Random } from '../shared/random';
import { BAND_WEIGHTS } from './age-bands';
import { Agency, AGENCY_CHOICES, AgencyChoices, COUNCIL_CHOICES, CouncilChoices } from './journey-choices.targets';
import { JourneyDraft } from './journey-draft';
import { CouncilPlan } from './journey-plan';
import { PublishedRows } from './journey-targets';

/**
 * One run of the journey generator: the plans, the drafts made so far, each council's random
 * stream (`adoption|<GSS>`) and what is known per child while generating. Passed to every step,
 * so that no state outlives a run.
 */
export class JourneyGeneration {
  readonly drafts: JourneyDraft[] = [];
  /** The longest each placed child's journey may take and still be in their age band when placed. */
  readonly longestJourney = new Map<JourneyDraft, number>();
  private readonly serials = new Map<string, number>();
  private readonly randoms: Map<string, Random>;

  constructor(
    readonly plans: CouncilPlan[],
    readonly published: PublishedRows,
  ) {
    this.randoms = new Map(plans.map((p) => [p.code, new Random(`adoption|${p.code}`)]));
  }

  random(code: string): Random {
    return this.randoms.get(code)!;
  }

  /** A new journey for a council, numbered in the order made (ids are stable as long as the order is). */
  make(code: string, kind: JourneyDraft['kind']): JourneyDraft {
    const serial = (this.serials.get(code) ?? 0) + 1;
    this.serials.set(code, serial);
    const draft = newDraft(code, serial, kind, this.random(code));
    this.drafts.push(draft);
    return draft;
  }

  plan(code: string): CouncilPlan {
    return this.plans.find((p) => p.code === code)!;
  }

  plansOf(agency: Agency): CouncilPlan[] {
    return this.plans.filter((p) => p.agency === agency);
  }

  council(code: string): CouncilChoices {
    return COUNCIL_CHOICES[code];
  }

  agency(agency: Agency): AgencyChoices {
    return AGENCY_CHOICES[agency];
  }

  /** The agency's member councils. */
  members(agency: Agency): readonly string[] {
    return AGENCY_CHOICES[agency].members;
  }

  /** The random stream for an agency-wide choice (its lead council's). */
  agencyRandom(agency: Agency): Random {
    return this.random(AGENCY_CHOICES[agency].lead);
  }

  of(code: string): JourneyDraft[] {
    return this.drafts.filter((d) => d.code === code);
  }
}

function newDraft(code: string, serial: number, kind: JourneyDraft['kind'], random: Random): JourneyDraft {
  return {
    id: `${code}-AJ${String(serial).padStart(5, '0')}`,
    childId: `${code}-CA${String(serial).padStart(5, '0')}`,
    code,
    kind,
    aoYear: null,
    placedYear: null,
    placedHalf: null,
    aoWindow: null,
    sex: random.chance(0.52) ? 'M' : 'F',
    ethnicity: 'WBRI',
    disability: false,
    ageBand: random.weighted(BAND_WEIGHTS),
    dateOfBirth: 0,
    entered: 0,
    notified: null,
    adm: null,
    po: null,
    match: null,
    placed: null,
    ao: null,
    ceased: null,
    ceasedReason: null,
    disrupted: null,
    earlyPermanence: 'NONE',
    earlyPermanenceYear: null,
    fosterStart: null,
    byFosterCarer: false,
    source: null,
    adopterAgency: null,
    adopterEthnicity: null,
    groupId: null,
    groupSize: 1,
    endStatus: null,
    endSearch: null,
    statuses: [],
    gaps: null,
  };
}
