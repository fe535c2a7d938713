import { addDays, financialYearEnd, fromDayNumber, toDayNumber } from '../schema/vocabulary/dates';
import { FosteringEnquiryRecord, FosterHouseholdRecord } from '../subgraphs/fostering/entities';
import { FosteringTargets } from './calibration-targets';
import { RECORDS_TO } from './care-timeline';
import { Random } from './random';

const cohortOf = (date: string) => financialYearEnd(date) - 1;
const minDate = (a: string, b: string) => (a < b ? a : b);

/**
 * The recruitment funnel: every mainstream household approved within the records has the enquiry
 * it came from (about 7–11 months earlier), and each yearly cohort of enquiries is filled up with
 * enquirers who stopped at some stage — exactly to the published counts where there are any.
 */
export function generateEnquiries(code: string, recordsFrom: string, households: FosterHouseholdRecord[], targets: FosteringTargets, random: Random): FosteringEnquiryRecord[] {
  const enquiries: FosteringEnquiryRecord[] = [];
  const add = (enquiryDate: string, invited: string | null, assessed: string | null, approved: FosterHouseholdRecord | null) => {
    enquiries.push(Object.assign(new FosteringEnquiryRecord(), {
      id: `${code}-Q${String(enquiries.length + 1).padStart(4, '0')}`,
      authorityCode: code,
      enquiryDate,
      trainingInvitedOn: invited,
      assessmentStartedOn: assessed,
      approvedOn: approved?.approvedOn ?? null,
      householdId: approved?.id ?? null,
    }));
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
    const invited = addDays(enquiryDate, random.int(10, 40));
    add(enquiryDate, invited, addDays(invited, random.int(20, 60)), household);
  }

  const lastYear = cohortOf(RECORDS_TO);
  for (let year = cohortOf(recordsFrom); year <= lastYear; year += 1) {
    const approvedHere = enquiries.filter((e) => cohortOf(e.enquiryDate) === year).length;
    const published = targets.recruitment.get(year) ?? {};
    const total = published.enquiries ?? Math.round(Math.max(approvedHere, 4) * (3.5 + random.next()));
    const invited = published.invited ?? Math.round(total * (0.4 + random.next() * 0.15));
    const assessed = published.assessed ?? Math.max(approvedHere, Math.round(invited * (0.45 + random.next() * 0.2)));
    if (!(approvedHere <= assessed && assessed <= invited && invited <= total)) {
      throw new Error(`${code}: cohort ${year} cannot have ${total} enquiries, ${invited} invited, ${assessed} assessed with ${approvedHere} approved`);
    }
    const from = toDayNumber(`${year}-04-01`);
    for (let i = approvedHere; i < total; i += 1) {
      const enquiryDate = fromDayNumber(from + random.int(0, 364));
      const invitedOn = i < invited ? minDate(addDays(enquiryDate, random.int(10, 45)), RECORDS_TO) : null;
      const assessedOn = invitedOn && i < assessed ? minDate(addDays(invitedOn, random.int(20, 80)), RECORDS_TO) : null;
      add(enquiryDate, invitedOn, assessedOn, null);
    }
  }
  return enquiries;
}
