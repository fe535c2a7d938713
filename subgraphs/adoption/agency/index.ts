/**
 * The agency's own work: adopter households through recruitment and assessment, adoption support
 * by locality hub, and non-agency (step-parent) adoptions.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const agencyEntities: Function[] = [];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const agencyResolvers: Function[] = [];
