import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Intensive support for a young person on the edge of care, under the service's own name (No Wrong
 * Door, Futures for Families…). A young person who came into care has `cameIntoCareDate`: the day
 * their period of care starts in the fostering subgraph, and the day the intervention ended.
 */
@Entity('edge_of_care_intervention')
@Index(['authorityCode', 'startDate', 'endDate'])
@Index(['childId'])
export class EdgeOfCareInterventionRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'child_id', type: 'varchar', length: 40 })
  childId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  /** edge-of-care-service.codes.ts, e.g. NO_WRONG_DOOR. */
  @Column({ type: 'varchar', length: 32 })
  service!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'came_into_care_date', type: 'date', nullable: true })
  cameIntoCareDate!: string | null;
}
