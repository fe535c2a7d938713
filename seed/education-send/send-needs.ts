import { Random } from '../shared/random';

/**
 * Primary needs and settings, weighted as in DfE's "Education, health and care plans" and
 * "Special educational needs in England" (January 2022, England): plausible mixes, not any
 * council's published figures (none were published for these councils).
 */
const PLAN_NEEDS = {
  ASD: 30,
  SLCN: 21,
  SEMH: 15,
  MLD: 11,
  SLD: 6,
  SPLD: 5,
  PMLD: 3,
  PD: 3,
  HI: 2,
  VI: 1,
  MSI: 1,
  OTH: 2,
};
const SUPPORT_NEEDS = { SLCN: 24, SEMH: 20, MLD: 19, SPLD: 13, ASD: 8, PD: 3, HI: 2, VI: 1, OTH: 10 };
/** Children in care with a plan: SEMH is by far the most common need (DfE, outcomes for children looked after). */
const CARE_PLAN_NEEDS = { SEMH: 45, ASD: 14, SLCN: 12, MLD: 13, SLD: 4, SPLD: 3, PD: 2, OTH: 7 };
const SETTINGS = { MAINSTREAM: 46, SPECIAL: 38, RESOURCED_PROVISION: 6, INDEPENDENT: 6, OTHER: 4 };

export const planNeed = (random: Random, inCare: boolean) => random.weighted(inCare ? CARE_PLAN_NEEDS : PLAN_NEEDS);
export const supportNeed = (random: Random) => random.weighted(SUPPORT_NEEDS);
export const planSetting = (random: Random) => random.weighted(SETTINGS);
