import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A referral (or enquiry for support) to a commissioned domestic abuse service, pseudonymous: no
 * person is named or identified, the place is the district of residence only. Counted, never
 * returned: these records do not leave the subgraph, not even to a council's own analysts.
 */
@Entity('referral')
@Index(['authorityCode', 'receivedDate'])
export class DomesticAbuseReferralRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  /** The council area of residence (GSS). */
  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** The district of residence (GSS), where the council has districts. */
  @Column({ name: 'district_code', type: 'varchar', length: 9, nullable: true })
  districtCode!: string | null;

  /** VICTIM or PERPETRATOR (referral.codes.ts). */
  @Column({ type: 'varchar', length: 12 })
  service!: string;

  /** ADULT or CHILDREN_AND_YOUNG_PEOPLE. */
  @Column({ name: 'age_group', type: 'varchar', length: 28 })
  ageGroup!: string;

  @Column({ name: 'received_date', type: 'date' })
  receivedDate!: string;

  /** Who referred (referral.codes.ts). */
  @Column({ type: 'varchar', length: 24 })
  source!: string;

  /** REFERRAL or ENQUIRY. */
  @Column({ type: 'varchar', length: 10 })
  unit!: string;

  @Column({ name: 'is_duplicate', type: 'boolean' })
  isDuplicate!: boolean;

  /** Ineligible: the person lives out of the commissioning area. */
  @Column({ name: 'is_out_of_area', type: 'boolean' })
  isOutOfArea!: boolean;

  @Column({ name: 'is_inappropriate', type: 'boolean' })
  isInappropriate!: boolean;

  /** Accepted by the service: neither a duplicate, out of area nor inappropriate. */
  @Column({ type: 'boolean' })
  accepted!: boolean;

  /**
   * Supported, as the papers define it: "successfully contacted and consented to support or where
   * multi-agency pre-work is being undertaken to identify consent and that it is safe to contact".
   */
  @Column({ type: 'boolean' })
  supported!: boolean;

  /** IMMEDIATE_ADVICE, EARLY_INTERVENTION or TARGETED; null when not supported. */
  @Column({ name: 'support_level', type: 'varchar', length: 20, nullable: true })
  supportLevel!: string | null;

  /** STANDARD, MEDIUM or HIGH at triage; null when not triaged. */
  @Column({ name: 'risk_level', type: 'varchar', length: 10, nullable: true })
  riskLevel!: string | null;
}
