import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A child's adoption journey, one row per child whose plan was (or may become) adoption: the dates
 * of each step as the council records them for the DfE adoption scorecard and the ASGLB quarterly
 * return. Pseudonymous: the child is known by the hub-wide child id (the fostering subgraph holds
 * the same id for the child's care episodes), DOB is the first of the month.
 */
@Entity('adoption_journey')
@Index(['authorityCode'])
export class AdoptionJourneyRecord {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id!: string;

  @Column({ name: 'child_id', type: 'varchar', length: 40 })
  childId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** First of the month of birth. */
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  /** M or F. */
  @Column({ type: 'varchar', length: 1 })
  sex!: string;

  /** SSDA903 ethnicity code (WBRI white British; anything else is a minority ethnic background). */
  @Column({ type: 'varchar', length: 4 })
  ethnicity!: string;

  @Column({ type: 'boolean' })
  disability!: boolean;

  /** The start of the period of care in which the adoption plan was made (the clock of A1, A10). */
  @Column({ name: 'entered_care', type: 'date' })
  enteredCare!: string;

  /** The council told the agency early that adoption might be the plan (before the decision). */
  @Column({ name: 'early_notification', type: 'date', nullable: true })
  earlyNotification!: string | null;

  /** The agency decision maker's decision that the child should be placed for adoption (ADM, "should be placed"). */
  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate!: string | null;

  @Column({ name: 'placement_order_date', type: 'date', nullable: true })
  placementOrderDate!: string | null;

  /** The agency's decision to match the child with particular adopters. */
  @Column({ name: 'match_date', type: 'date', nullable: true })
  matchDate!: string | null;

  /**
   * Placed for adoption: moved in with the adoptive family (for a foster carer adoption, the date
   * the placement became an adoptive one).
   */
  @Column({ name: 'placed_date', type: 'date', nullable: true })
  placedDate!: string | null;

  @Column({ name: 'adoption_order_date', type: 'date', nullable: true })
  adoptionOrderDate!: string | null;

  /** The adoption plan ended without an adoption order. */
  @Column({ name: 'plan_ceased_date', type: 'date', nullable: true })
  planCeasedDate!: string | null;

  /** Why the plan ended: SGO, RETURNED_HOME, LONG_TERM_FOSTERING, PO_REVOKED, OTHER. */
  @Column({ name: 'plan_ceased_reason', type: 'varchar', length: 20, nullable: true })
  planCeasedReason!: string | null;

  /** Early permanence: FFA (fostering for adoption), CONCURRENT (concurrent planning) or NONE. */
  @Column({ name: 'early_permanence', type: 'varchar', length: 10 })
  earlyPermanence!: string;

  /**
   * When the child went to live with the carers who adopt them, if they fostered the child first
   * (EP carers or the child's own foster carers).
   */
  @Column({ name: 'foster_placement_start', type: 'date', nullable: true })
  fosterPlacementStart!: string | null;

  /**
   * Adopted by (or placed for adoption with) their own foster carers: A10 stops its clock at
   * `fosterPlacementStart`.
   */
  @Column({ name: 'adopted_by_foster_carer', type: 'boolean' })
  adoptedByFosterCarer!: boolean;

  /**
   * Who approved the adopters: OWN (the council or its regional adoption agency), OTHER_RAA
   * (another agency or council), VAA (a voluntary adoption agency).
   */
  @Column({ name: 'adopter_source', type: 'varchar', length: 10, nullable: true })
  adopterSource!: string | null;

  /** The agency that approved the adopters (T4C, ATV, or null for one outside the hub). */
  @Column({ name: 'adopter_agency_code', type: 'varchar', length: 12, nullable: true })
  adopterAgencyCode!: string | null;

  /**
   * Adopters' ethnicity matches the child's (SIMILAR_OR_SAME) or not (WHITE_BRITISH for a minority
   * ethnic child placed with white British adopters).
   */
  @Column({ name: 'adopter_ethnicity', type: 'varchar', length: 16, nullable: true })
  adopterEthnicity!: string | null;

  /** Children placed together share a group id; size 1 for a child placed alone. */
  @Column({ name: 'sibling_group_id', type: 'varchar', length: 40, nullable: true })
  siblingGroupId!: string | null;

  @Column({ name: 'sibling_group_size', type: 'int' })
  siblingGroupSize!: number;

  /** The adoptive placement ended before an adoption order (a disruption); the child returned to care. */
  @Column({ name: 'disrupted_date', type: 'date', nullable: true })
  disruptedDate!: string | null;
}
