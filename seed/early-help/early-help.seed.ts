import { RecordCoverageRecord } from '../../subgraphs/early-help/entities';
import {
  ContactRecord,
  EarlyHelpEpisodeRecord,
  EdgeOfCareInterventionRecord,
  ReferralRecord,
  SocialCareAssessmentRecord,
  YoungCarerRecord,
  YouthSurveyResponseRecord,
  YouthSurveyWaveRecord,
} from '../../subgraphs/early-help/entities';
import { readCareStarts } from '../shared/care-starts';
import { PILOT_COUNCILS } from '../shared/pilot-councils';
import { Random } from '../shared/random';
import { RecordSet } from '../shared/record-set';
import { englandLas } from '../shared/reference-data';
import { SeedScope } from '../shared/seed-scope';
import { generateAssessments } from './assessments.seed';
import { generateContacts } from './contacts.seed';
import { ChildRegistry } from './early-help-children';
import { generateEpisodes } from './early-help-episodes.seed';
import { NATIONAL_RECORDS_FROM, RECORDS_FROM, RECORDS_TO, YOUNG_CARERS_FROM } from './early-help-span';
import { earlyHelpTargets } from './early-help-targets';
import { generateEdgeOfCare } from './edge-of-care.seed';
import { generateReferrals } from './referrals.seed';
import { generateYoungCarers } from './young-carers.seed';
import { generateYouthSurvey } from './youth-survey.seed';
import { REDCAR_WAVE } from './youth-survey.seed';

/** Appends without spreading (a large council's contacts exceed the arguments a call may take). */
function append<T>(list: T[], more: readonly T[]): void {
  for (const item of more) list.push(item);
}

export interface EarlyHelpRecords {
  contacts: ContactRecord[];
  referrals: ReferralRecord[];
  assessments: SocialCareAssessmentRecord[];
  episodes: EarlyHelpEpisodeRecord[];
  edgeOfCare: EdgeOfCareInterventionRecord[];
  youngCarers: YoungCarerRecord[];
  waves: YouthSurveyWaveRecord[];
  responses: YouthSurveyResponseRecord[];
  coverage: RecordCoverageRecord[];
}

/**
 * The early help records of every council in the scope (the nine pilot councils, or every council
 * with a population), each from its own random stream. The national data set's councils get the same
 * plausible volumes as the pilot councils' unpublished months, scaled by their child population.
 */
export function generateEarlyHelp(scope: SeedScope, only?: readonly string[]): EarlyHelpRecords {
  const targets = earlyHelpTargets();
  const careStarts = readCareStarts();
  const las = englandLas().filter(
    (la) => (scope === 'national' || PILOT_COUNCILS.includes(la.gss)) && (!only || only.includes(la.gss)),
  );
  const records: EarlyHelpRecords = {
    contacts: [],
    referrals: [],
    assessments: [],
    episodes: [],
    edgeOfCare: [],
    youngCarers: [],
    waves: [],
    responses: [],
    coverage: [],
  };
  for (const la of las) {
    const population = la.population.get(2022) ?? [...la.population.values()].at(-1);
    if (!population) continue;
    const random = new Random(`early-help|${la.gss}`);
    const registry = new ChildRegistry(la.gss, random);
    // The busiest records (contacts, referrals, early help) start later outside the nine councils,
    // so the national data set stays a size a laptop seeds in minutes.
    const from = PILOT_COUNCILS.includes(la.gss) ? RECORDS_FROM : NATIONAL_RECORDS_FROM;
    const { referrals, sources } = generateReferrals(la.gss, population, registry, random, targets, from);
    const contacts = generateContacts(la.gss, referrals, sources, registry, random, targets, from);
    append(records.referrals, referrals);
    append(records.contacts, contacts);
    append(records.assessments, generateAssessments(la.gss, referrals, random, targets));
    append(records.episodes, generateEpisodes(la.gss, contacts, registry, random, targets, from));
    append(records.edgeOfCare, generateEdgeOfCare(la.gss, population, careStarts, registry, random, targets));
    append(records.youngCarers, generateYoungCarers(la.gss, population, registry, random, targets));
    const survey = generateYouthSurvey(la.gss, random, targets);
    append(records.waves, survey.waves);
    append(records.responses, survey.responses);
    const covered = (kind: string, start = RECORDS_FROM, to = RECORDS_TO) =>
      Object.assign(new RecordCoverageRecord(), {
        authorityCode: la.gss,
        records: kind,
        recordsFrom: start,
        recordsTo: to,
      });
    records.coverage.push(
      ...['contacts', 'referrals', 'assessments', 'early_help'].map((kind) => covered(kind, from)),
      covered('edge_of_care'),
      covered('young_carers', YOUNG_CARERS_FROM),
      ...(survey.waves.length ? [covered('youth_survey', REDCAR_WAVE.from, REDCAR_WAVE.to)] : []),
    );
  }
  return records;
}

/** Every record of the early help subgraph. */
export function seedRecords(scope: SeedScope = 'pilot'): RecordSet[] {
  const r = generateEarlyHelp(scope);
  return [
    [ContactRecord, r.contacts],
    [ReferralRecord, r.referrals],
    [SocialCareAssessmentRecord, r.assessments],
    [EarlyHelpEpisodeRecord, r.episodes],
    [EdgeOfCareInterventionRecord, r.edgeOfCare],
    [YoungCarerRecord, r.youngCarers],
    [YouthSurveyWaveRecord, r.waves],
    [YouthSurveyResponseRecord, r.responses],
    [RecordCoverageRecord, r.coverage],
  ];
}
