import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A domestic homicide review a council's community safety partnership holds (s.9 Domestic
 * Violence, Crime and Victims Act 2004): when the partnership was notified, and (dhr_stage) the
 * stages it has passed through. No detail of the death or the people is held.
 */
@Entity('domestic_homicide_review')
@Index(['authorityCode', 'notifiedDate'])
export class DomesticHomicideReviewRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'district_code', type: 'varchar', length: 9, nullable: true })
  districtCode!: string | null;

  /** The date the review was received (the partnership notified). */
  @Column({ name: 'notified_date', type: 'date' })
  notifiedDate!: string;
}
