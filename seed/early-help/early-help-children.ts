import { IsoDate } from '../../schema/vocabulary/dates';
import { Random } from '../shared/random';
import { birthMonth } from './early-help-span';

/** A child known to the front door or early help: pseudonymous id, month of birth, family. */
export interface EarlyHelpChild {
  id: string;
  dateOfBirth: IsoDate;
  familyId: string;
}

/**
 * The children of one council's early help records: pseudonymous ids `<GSS>-EH<n>` and families
 * `<GSS>-EF<n>`, dates of birth the first of a month.
 */
export class ChildRegistry {
  private children = 0;
  private families = 0;
  readonly all: EarlyHelpChild[] = [];

  constructor(
    readonly authorityCode: string,
    private readonly random: Random,
  ) {}

  newFamily(): string {
    this.families += 1;
    return `${this.authorityCode}-EF${String(this.families).padStart(6, '0')}`;
  }

  /** A new child aged `minAge`–`maxAge` on `at`, in `familyId` (a new family if none). */
  newChild(at: IsoDate, minAge = 0, maxAge = 17, familyId = this.newFamily()): EarlyHelpChild {
    this.children += 1;
    const child = {
      id: `${this.authorityCode}-EH${String(this.children).padStart(6, '0')}`,
      dateOfBirth: birthMonth(at, this.random.int(minAge, maxAge), this.random),
      familyId,
    };
    this.all.push(child);
    return child;
  }
}
