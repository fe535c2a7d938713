import { SeedScope } from '../fostering.seed';
import { RecordSet } from './record-set';

/** Children's adoption journeys, calibrated to the papers. */
export function generateJourneys(scope: SeedScope): RecordSet[] {
  void scope;
  return [];
}
