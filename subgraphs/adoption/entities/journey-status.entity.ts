import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Where family finding stood for a child waiting with a placement order, from a date until the
 * next status: what the boards' "children waiting" tables count at a date.
 */
@Entity('adoption_journey_status')
@Index(['journeyId'])
export class JourneyStatusRecord {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  id!: string;

  @Column({ name: 'journey_id', type: 'varchar', length: 40 })
  journeyId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'status_from', type: 'date' })
  statusFrom!: string;

  /**
   * ACTIVELY_FAMILY_FINDING, LINKED (progressing to match), LINKED_OWN_CARER_OR_SIBLINGS (linked
   * with the child's foster carers or a sibling's adopters), MATCHED_MOVING (matched, moving in),
   * FAMILY_FINDING_STOPPED, AWAITING_PO_REVOCATION.
   */
  @Column({ type: 'varchar', length: 30 })
  status!: string;

  /** For active family finding: IN_REGION or NATIONAL (beyond the region). */
  @Column({ name: 'search_scope', type: 'varchar', length: 12, nullable: true })
  searchScope!: string | null;
}
