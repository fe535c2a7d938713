import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A child known to children's social care, pseudonymised: the id is the authority's GSS code plus
 * the council's own pseudonym, the date of birth is held as the first of the month, no names.
 */
@Entity('child')
@Index(['authorityCode'])
export class ChildRecord {
  /** e.g. `E06000003-C004211`; unique across the hub. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** SSDA903 sex: M or F. */
  @Column({ type: 'varchar', length: 1 })
  sex!: string;

  /** First day of the month of birth (YYYY-MM-01). */
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  /** SSDA903 ethnicity code (WBRI, MWBC, APKN, BAFR, …). */
  @Column({ type: 'varchar', length: 4 })
  ethnicity!: string;

  /** Unaccompanied asylum-seeking child. */
  @Column({ type: 'boolean' })
  uasc!: boolean;
}
