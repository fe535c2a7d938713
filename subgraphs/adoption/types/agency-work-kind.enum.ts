import { registerEnumType } from 'type-graphql';

/** The kinds of agency work the hub holds, and what each record is. */
export const AGENCY_WORK_KINDS = {
  adopter_enquiry:
    'An enquiry about adopting (detail: enquiry_source=campaigns for those from a recruitment campaign).',
  adopter_recruitment_campaign: 'A recruitment campaign run.',
  adopter_information_event_attendance: 'A household (family) attending an information event.',
  adopter_initial_visit: 'An initial visit to an enquiring household.',
  adopter_registration_of_interest: 'A registration of interest received.',
  adopter_referral: 'A household referred to a locality hub assessment team.',
  adopter_stage1_start: 'A household starting stage 1 of assessment.',
  adopter_stage2_start: 'A household starting stage 2 of assessment.',
  adopter_stage1_completed: 'A household completing stage 1 (days: its length).',
  adopter_stage2_completed: 'A household completing stage 2 (days: its length).',
  adopter_assessment_completed:
    "A household's whole assessment completed (days: registration of interest to approval).",
  adopter_approval: 'A household approved as adopters (detail: route=fast_track;adopter_type=… for fast-tracked ones).',
  adopter_in_assessment: 'A household in assessment, open from its start to its end.',
  approved_adopter_waiting: 'An approved household waiting to be matched, open from approval to match.',
  adopter_prep_course: 'A preparation course run.',
  adopter_prep_attending_household: 'A household attending a preparation course.',
  adopter_prep_session: 'A session of a preparation module (detail: module=…).',
  adopter_prep_attendance: 'An attendance at a preparation module session (detail: module=…).',
  adopter_prep_feedback: 'Feedback on preparation training (detail: rating=positive or other).',
  adopter_family_friends_workshop: "A workshop for adopters' family and friends.",
  adopter_family_friends_attendance: 'An attendance at a family and friends workshop.',
  adopter_additional_training_household: 'A household attending additional training.',
  adopter_hub_licence: 'A licence to the Adopter Hub online resource.',
  ep_training_programme: 'An early permanence training programme run.',
  ep_training_family: 'A family trained for early permanence.',
  adoption_panel: 'An adoption panel held.',
  panel_match_recommendation: 'A match recommended by panel.',
  panel_brief_report: 'A brief report to panel.',
  panel_deregistration: 'A de-registration of adopters through panel.',
  panel_qa_sample:
    'A panel case quality-assured (detail: item=matches|adopter_approvals;rating=good_or_outstanding or other).',
  panel_central_list_member: 'A member of the panel central list, open from joining to leaving.',
  panel_central_list_joiner: 'A new member joining the panel central list.',
  panel_central_list_resignation: 'A member resigning from the panel central list.',
  practice_week_workshop: 'A practice-week workshop delivered (detail: for=<council GSS code>).',
  adoption_support_referral: 'A referral for adoption support.',
  adoption_support_referral_allocated: 'A support referral allocated to a worker.',
  adoption_support_allocated_family: 'A family with an allocated support worker during the year.',
  adoption_support_assessment_or_review: 'An assessment or review of support needs.',
  adoption_support_review: 'A review of a support plan.',
  adoption_support_assessment_completed: 'An assessment of support needs completed (detail: assessment=new|repeat).',
  adoption_support_awaiting_assessment: 'A family waiting for a support assessment, open from referral to assessment.',
  adoption_support_feedback: "A family's feedback on support (detail: rating=good_or_outstanding or other).",
  asf_new_application: 'A new Adoption Support Fund application.',
  asf_application:
    'An Adoption Support Fund application (new or continuing; detail: match_funded=yes where the council shares the cost).',
  asf_successful_application:
    'A successful ASF application (value: the amount; detail: fund=covid for the COVID-19 scheme).',
  asf_unsuccessful_application: 'An unsuccessful ASF application.',
  covid_asf_family_supported: 'A family supported from the COVID-19 ASF scheme.',
  covid_asf_support_item: 'An item of COVID-19 ASF support commissioned (detail: item=…; value: its cost).',
  tessa_family_supported: 'A family supported by TESSA (therapeutic education and support service).',
  therapeutic_provider_added: "A therapeutic provider added to the agency's framework.",
  therapeutic_parenting_family: 'A family on a therapeutic parenting programme (detail: programme=…).',
  therapeutic_parenting_run: 'A run of a therapeutic parenting programme (detail: programme=…).',
  education_support_case: 'A case of education support for an adopted child.',
  post_box_received: 'A letter received into the post box (letterbox contact) service.',
  post_box_exchange: 'A letter exchanged through the post box.',
  post_box_arrangement_supported: 'A post box arrangement supported.',
  post_box_contract_agreement: 'A post box contact agreement in place.',
  access_to_records_referral: 'A new referral for access to birth records.',
  access_to_records_referral_allocated: 'An access-to-records referral allocated.',
  access_to_records_supported: 'An adopted adult supported to access their records.',
  access_to_files_request: 'A request for access to adoption files.',
  intermediary_referral: 'A new referral for intermediary services.',
  intermediary_referral_allocated: 'An intermediary referral allocated.',
  birth_parent_support_referral: 'A referral for birth parent support.',
  birth_relative_support_referral: 'A referral for birth relative support.',
  adopted_child_open_to_cin_or_cp: 'An adopted child open to the council as a child in need or on a protection plan.',
  adopted_child_open_to_camhs: 'An adopted child open to CAMHS.',
  child_returned_to_care_after_order: 'An adopted child who returned to care after the adoption order.',
  non_agency_enquiry: 'An enquiry about a non-agency (step-parent) adoption (detail: type=step_parent).',
  non_agency_referral: 'A non-agency adoption referral.',
  non_agency_a16_notice_sent: 'An A16 notice sent.',
  non_agency_a16_notice_returned: 'An A16 notice returned.',
  non_agency_assessment: 'A non-agency assessment, open from its start to its completion.',
  non_agency_assessment_completed: 'A non-agency assessment completed.',
  non_agency_assessment_withdrawn: 'A non-agency assessment withdrawn.',
  non_agency_awaiting_assessment: 'A non-agency application waiting for assessment, open until the assessment starts.',
  non_agency_adoption_granted: 'A non-agency adoption order granted.',
} as const;

export type AgencyWorkKindName = keyof typeof AGENCY_WORK_KINDS;

export enum AgencyWorkKind {}
for (const key of Object.keys(AGENCY_WORK_KINDS))
  (AgencyWorkKind as unknown as Record<string, string>)[key.toUpperCase()] = key;

registerEnumType(AgencyWorkKind, {
  name: 'AgencyWorkKind',
  description:
    "A kind of a regional adoption agency's own work: recruiting and assessing adopters, panels, adoption support, non-agency adoptions.",
  valuesConfig: Object.fromEntries(
    Object.entries(AGENCY_WORK_KINDS).map(([key, description]) => [key.toUpperCase(), { description }]),
  ),
});
