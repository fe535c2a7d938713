import { AgencyEventRecord } from './agency-event.entity';
import { AgencyCaseloadResolver, AgencyWorkResolver, RegionAgencyWorkResolver } from './agency-work.resolver';

export { AgencyEventRecord };

/**
 * The agencies' own work as event records: adopter recruitment and assessment, panels, adoption
 * support by locality hub, non-agency (step-parent) adoptions.
 */
export const agencyWorkEntities = [AgencyEventRecord];
export const agencyWorkResolvers = [RegionAgencyWorkResolver, AgencyWorkResolver, AgencyCaseloadResolver];
