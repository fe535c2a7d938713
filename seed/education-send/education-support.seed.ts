import { EducationSupportCaseRecord, SchoolTrainingRecord } from '../../subgraphs/education-send/entities';
import { readAdoptionJourneyChildren } from '../shared/adoption-journey-children';
import { PublishedFigure } from '../shared/reference-data';
import { Random } from '../shared/random';
import { dayIn } from './education-calendar';

/**
 * An adoption agency's education support cases, one per family, for its councils' adopted
 * children (the adoption seed's children, adopted before the case opened), calibrated to what
 * the agency published (ATV 2021-22: 77 families, 8 changed provision, 9 added to the SEN register,
 * 2 school refusals resolved, 9 EHC plans of which 1 not on the register before, 3 schools
 * trained), with the cases of 2020-21 (59, the agency work's count) for the year before.
 */
export const EDUCATION_SUPPORT_SPAN = { from: '2020-04-01', to: '2022-03-31' };

const YEARS = [
  { from: '2020-04-01', to: '2021-03-31', label: '2020-21' },
  { from: '2021-04-01', to: '2022-03-31', label: '2021-22' },
];

const valueOf = (published: PublishedFigure[], measure: string, period: string, breakdown = '') =>
  published.find(
    (f) => f.authority === 'ATV' && f.measure === measure && f.period === period && f.breakdown === breakdown,
  )?.value;

export function generateEducationSupport(
  agency: string,
  councils: readonly string[],
  published: PublishedFigure[],
  random: Random,
): { cases: EducationSupportCaseRecord[]; training: SchoolTrainingRecord[] } {
  const adopted = readAdoptionJourneyChildren().filter(
    (c) => councils.includes(c.authorityCode) && c.adoptionOrderDate !== null,
  );
  const cases: EducationSupportCaseRecord[] = [];
  const training: SchoolTrainingRecord[] = [];
  let used = 0;
  for (const year of YEARS) {
    // The families: the agency's education support cases (published under adoption, 59 and 77).
    const families =
      valueOf(published, 'education_support_families_count', year.label) ??
      valueOf(published, 'education_support_cases_count', year.label);
    if (families === undefined) continue;
    const outcome = (measure: string, breakdown = '') => valueOf(published, measure, year.label, breakdown);
    const changed = outcome('adopted_children_changed_education_provision_count') ?? Math.round(families * 0.1);
    const added = outcome('adopted_children_added_to_sen_register_count') ?? Math.round(families * 0.1);
    const refusal = outcome('adopted_children_school_refusal_resolved_count') ?? Math.round(families * 0.03);
    const ehcp = outcome('adopted_children_ehcp_secured_count') ?? Math.round(families * 0.1);
    const ehcpNotOnRegister = outcome('adopted_children_ehcp_secured_count', 'prior_sen_register=no') ?? 1;
    const eligible = adopted.filter((c) => c.adoptionOrderDate! < year.from);
    for (let i = 0; i < families; i += 1) {
      const child = eligible[(used + i * 7) % eligible.length];
      const openedOn = dayIn(year.from, year.to, random.next() * 0.8);
      // Outcomes by position: first the EHC plans, then those added to the register, then the rest.
      const isEhcp = i < ehcp;
      const isAdded = i >= ehcp && i < ehcp + added;
      cases.push(
        Object.assign(new EducationSupportCaseRecord(), {
          id: `${agency}-ES-${year.label}-${String(i + 1).padStart(3, '0')}`,
          agencyCode: agency,
          childId: child.childId,
          openedOn,
          closedOn: dayIn(openedOn, year.to, random.next()),
          ehcpSecured: isEhcp,
          addedToSenRegister: isAdded,
          onSenRegisterBefore: isEhcp ? i >= ehcpNotOnRegister : isAdded ? false : random.chance(0.3),
          changedProvision: i >= ehcp + added && i < ehcp + added + changed,
          schoolRefusalResolved: i >= ehcp + added + changed && i < ehcp + added + changed + refusal,
        }),
      );
    }
    used += families;
    const schools = outcome('schools_trained_trauma_attachment_count') ?? 2;
    for (let s = 0; s < schools; s += 1) {
      const schoolId = `${agency}-SCH${String(random.int(1, 400)).padStart(3, '0')}-${year.label}-${s}`;
      // The first school had two sessions: schools are counted once however many.
      for (let session = 0; session < (s === 0 ? 2 : 1); session += 1)
        training.push(
          Object.assign(new SchoolTrainingRecord(), {
            id: `${agency}-ST-${year.label}-${s + 1}-${session + 1}`,
            agencyCode: agency,
            schoolId,
            deliveredOn: dayIn(year.from, year.to, random.next()),
            topic: 'TRAUMA_AND_ATTACHMENT',
          }),
        );
    }
  }
  return { cases, training };
}
