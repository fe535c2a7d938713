import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The span for which a council's records of one kind are held: SCHOOL_CENSUS (roll, attendance,
 * exclusions, SEN support, children out of school), SEN2 (EHC requests and plans),
 * VIRTUAL_SCHOOL (its roll), PEP (every PEP due), PEP_QUALITY (graded PEPs), POST16 (NCCIS
 * tracking), or EDUCATION_SUPPORT (an adoption agency's, kept under its region code). The kinds
 * start at different dates, so each figure is NO_DATA outside its own records' span, never a zero
 * that looks real.
 */
@Entity('education_coverage')
export class EducationCoverageRecord {
  @PrimaryColumn({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  records!: string;

  @Column({ name: 'records_from', type: 'date' })
  recordsFrom!: string;

  @Column({ name: 'records_to', type: 'date' })
  recordsTo!: string;
}
