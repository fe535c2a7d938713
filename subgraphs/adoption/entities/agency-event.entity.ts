import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One piece of a regional adoption agency's own work, as its case-management system records it:
 * an adopter enquiry, a stage 1 completed (with how many days it took), an Adoption Support Fund
 * application (with its value), a post box letter, a panel, a non-agency assessment (open from
 * `eventDate` until `endDate`)… `kind` says which; `detail` carries its attributes as
 * `name=value;…` (the published-figures format), e.g. `route=fast_track;adopter_type=second_time_adopter`.
 */
@Entity('agency_event')
@Index(['agencyCode', 'kind', 'eventDate'])
export class AgencyEventRecord {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 12 })
  agencyCode!: string;

  /** The locality hub that did the work (T4C's staffs / stoke / joint-shrewsbury; ATV's one team, atv). */
  @Column({ name: 'hub_code', type: 'varchar', length: 30 })
  hubCode!: string;

  @Column({ type: 'varchar', length: 48 })
  kind!: string;

  /** The day it happened (or began, for something open over time). */
  @Column({ name: 'event_date', type: 'date' })
  eventDate!: string;

  /**
   * For something open over time (an assessment in progress, an approved household waiting): the
   * day it ended; null while open.
   */
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'varchar', length: 120 })
  detail!: string;

  /** Days taken (for a stage of assessment completed). */
  @Column({ type: 'int', nullable: true })
  days!: number | null;

  /** Money, for an application or a commissioned service. */
  @Column({ name: 'value_gbp', type: 'double', nullable: true })
  valueGbp!: number | null;
}
