import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A review entering a stage on a day; its stage at a date is the last one entered by then. */
@Entity('dhr_stage')
@Index(['reviewId', 'fromDate'])
export class ReviewStageRecord {
  @PrimaryColumn({ name: 'review_id', type: 'varchar', length: 48 })
  reviewId!: string;

  @PrimaryColumn({ name: 'from_date', type: 'date' })
  fromDate!: string;

  /** LIVE, PAUSED, QA_BOARD, HOME_OFFICE or PUBLISHED (review.codes.ts). */
  @Column({ type: 'varchar', length: 12 })
  stage!: string;
}
