import { AgencyEventRecord } from './agency-event.entity';
import { AGENCY_WORK_MEASURES } from './agency-work.measures';

export { AgencyEventRecord };

/**
 * The agencies' own work as event records: adopter recruitment and assessment, panels, adoption
 * support by locality hub, non-agency (step-parent) adoptions. Declared for the measures kit
 * (agency-work.measures.ts), which builds their types and fields.
 */
export const agencyWorkEntities = [AgencyEventRecord];
export { AGENCY_WORK_MEASURES };
