import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An SSDA903 episode: a stretch of care with one legal status and one placement. A new episode
 * starts when either changes; a period of care starts with reason for new episode "S".
 * Open at a date D when startDate <= D and (endDate is null or endDate > D).
 */
@Entity('care_episode')
@Index(['authorityCode', 'startDate', 'endDate'])
@Index(['authorityCode', 'endDate'])
@Index(['childId'])
export class CareEpisodeRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'child_id', type: 'varchar', length: 40 })
  childId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  /**
   * RNE: S new period of care, L legal status change, P placement change, T both, U same carer, B
   * both + same carer.
   */
  @Column({ name: 'reason_new_episode', type: 'varchar', length: 1 })
  reasonNewEpisode!: string;

  /** LS: C1, C2, D1, E1, J1–J3, L1–L3, V2–V4. */
  @Column({ name: 'legal_status', type: 'varchar', length: 2 })
  legalStatus!: string;

  /** CIN: category of need N1–N8. */
  @Column({ name: 'category_of_need', type: 'varchar', length: 2 })
  categoryOfNeed!: string;

  /** PL: placement type (U1–U6, A3–A6, K1, K2, P1–P3, R1–R5, H5, S1, T0–T4, Z1). */
  @Column({ name: 'placement_type', type: 'varchar', length: 2 })
  placementType!: string;

  /** PLACE_PROVIDER: PR0–PR5. */
  @Column({ name: 'placement_provider', type: 'varchar', length: 3 })
  placementProvider!: string;

  /** REC: reason the episode ceased (E11, E12, E4A, … ; X1 = episode ceased, care continues). */
  @Column({ name: 'reason_ceased', type: 'varchar', length: 3, nullable: true })
  reasonCeased!: string | null;

  /** The council's own foster household the child is placed with, when placed with one. */
  @Column({ name: 'foster_household_id', type: 'varchar', length: 40, nullable: true })
  fosterHouseholdId!: string | null;
}
