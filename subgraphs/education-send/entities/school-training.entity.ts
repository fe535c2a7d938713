import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Training an agency's education support gave a school's staff (e.g. in trauma and attachment). */
@Entity('school_training')
@Index(['agencyCode', 'deliveredOn'])
export class SchoolTrainingRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 9 })
  agencyCode!: string;

  /** A pseudonymous school (schools are not named in the hub). */
  @Column({ name: 'school_id', type: 'varchar', length: 40 })
  schoolId!: string;

  @Column({ name: 'delivered_on', type: 'date' })
  deliveredOn!: string;

  /** TRAUMA_AND_ATTACHMENT or OTHER. */
  @Column({ type: 'varchar', length: 24 })
  topic!: string;
}
