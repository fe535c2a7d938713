import { addDays, financialYearEnd, fromDayNumber, toDayNumber } from '../../schema/vocabulary/dates';
import { FosteringEnquiryRecord, FosterHouseholdRecord } from '../../subgraphs/fostering/entities';
import { FosteringTargets } from './calibration-targets';
import { Random } from '../shared/random';

const cohortOf = (date: string) => financialYearEnd(date) - 1;

/**
 * Training invitation and assessment dates for an enquiry, kept inside the enquiry's financial
 * year (the enquiry moves earlier if needed): then a year's enquirers who were invited are exactly
 * the invitations dated in that year, so the cohort reading the API gives ("63 enquiries, 30 of
 * them invited, 16 progressing") and an in-year count of each event are the same numbers.
 */
function funnelDates(
  enquiryDate: string,
  stages: 0 | 1 | 2,
  recordsTo: string,
  random: Random,
): { enquiryDate: string; invited: string | null; assessed: string | null } {
  const toInvite = random.int(10, 40);
  const toAssess = random.int(20, 60);
  const span = stages === 0 ? 0 : stages === 1 ? toInvite : toInvite + toAssess;
  const yearEnd = `${cohortOf(enquiryDate) + 1}-03-31`;
  const limit = yearEnd < recordsTo ? yearEnd : recordsTo;
  let enquiry = enquiryDate;
  if (addDays(enquiry, span) > limit) enquiry = addDays(limit, -span - random.int(0, 20));
  const invited = stages >= 1 ? addDays(enquiry, toInvite) : null;
  return { enquiryDate: enquiry, invited, assessed: stages === 2 ? addDays(invited!, toAssess) : null };
}

/**
 * The recruitment funnel: every mainstream household approved within the records has the enquiry
 * it came from (about 7–11 months earlier), and each yearly cohort of enquiries is filled up with
 * enquirers who stopped at some stage — exactly to the published counts where there are any.
 */
export function generateEnquiries(
  code: string,
  recordsFrom: string,
  recordsTo: string,
  households: FosterHouseholdRecord[],
  targets: FosteringTargets,
  random: Random,
): FosteringEnquiryRecord[] {
  const enquiries: FosteringEnquiryRecord[] = [];
  const add = (
    enquiryDate: string,
    invited: string | null,
    assessed: string | null,
    approved: FosterHouseholdRecord | null,
  ) => {
    enquiries.push(
      Object.assign(new FosteringEnquiryRecord(), {
        id: `${code}-Q${String(enquiries.length + 1).padStart(4, '0')}`,
        authorityCode: code,
        enquiryDate,
        trainingInvitedOn: invited,
        assessmentStartedOn: assessed,
        approvedOn: approved?.approvedOn ?? null,
        householdId: approved?.id ?? null,
      }),
    );
  };

  // Enquiries behind approvals: the lag puts some in the approval's year, some in the year before.
  const linked = households
    .filter((h) => h.householdType === 'MAINSTREAM' && h.approvedOn >= recordsFrom)
    .map((household) => ({ household, enquiryDate: addDays(household.approvedOn, -random.int(200, 330)) }))
    .filter((l) => l.enquiryDate >= recordsFrom);
  // A cohort with a published count of assessments cannot hold more approvals than that: move the
  // surplus enquiries into the year before (a longer assessment).
  for (const [year, target] of targets.recruitment) {
    if (target.assessed === undefined) continue;
    const inCohort = random.shuffle(linked.filter((l) => cohortOf(l.enquiryDate) === year));
    for (const l of inCohort.slice(target.assessed)) l.enquiryDate = addDays(`${year}-04-01`, -random.int(1, 90));
  }
  for (const { household, enquiryDate } of linked) {
    const dates = funnelDates(enquiryDate, 2, recordsTo, random);
    add(dates.enquiryDate, dates.invited, dates.assessed, household);
  }

  const lastYear = cohortOf(recordsTo);
  for (let year = cohortOf(recordsFrom); year <= lastYear; year += 1) {
    const approvedHere = enquiries.filter((e) => cohortOf(e.enquiryDate) === year).length;
    const published = targets.recruitment.get(year) ?? {};
    const total = published.enquiries ?? Math.round(Math.max(approvedHere, 4) * (3.5 + random.next()));
    const invited = published.invited ?? Math.round(total * (0.4 + random.next() * 0.15));
    const assessed = published.assessed ?? Math.max(approvedHere, Math.round(invited * (0.45 + random.next() * 0.2)));
    if (!(approvedHere <= assessed && assessed <= invited && invited <= total)) {
      throw new Error(
        `${code}: cohort ${year} cannot have ${total} enquiries, ${invited} invited, ${assessed} assessed with ${approvedHere} approved`,
      );
    }
    const from = toDayNumber(`${year}-04-01`);
    for (let i = approvedHere; i < total; i += 1) {
      const dates = funnelDates(
        fromDayNumber(from + random.int(0, 364)),
        i < assessed ? 2 : i < invited ? 1 : 0,
        recordsTo,
        random,
      );
      add(dates.enquiryDate, dates.invited, dates.assessed, null);
    }
  }
  return enquiries;
}
