import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An EHC plan (SEN2; `ssd_ehcp_named_plan`, `ssd_ehcp_active_plans`): issued on a date after a
 * request, maintained until it ceases. Held at a date D when issuedOn <= D and (ceasedOn is null
 * or ceasedOn > D). A plan carried over from before the records began has no request.
 */
@Entity('ehc_plan')
@Index(['authorityCode', 'issuedOn'])
@Index(['pupilId'])
export class EhcPlanRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'pupil_id', type: 'varchar', length: 40 })
  pupilId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** The request it answered (its received date starts the 20-week clock); null for a plan carried over. */
  @Column({ name: 'request_id', type: 'varchar', length: 48, nullable: true })
  requestId!: string | null;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  /** An exception under the SEND Regulations 2014 (reg. 13(3)) applied, so 20 weeks was not required. */
  @Column({ type: 'boolean' })
  exception!: boolean;

  /** SEN2 primary need: SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, OTH. */
  @Column({ name: 'primary_need', type: 'varchar', length: 4 })
  primaryNeed!: string;

  /** SEN2 setting: MAINSTREAM, RESOURCED_PROVISION, SPECIAL, INDEPENDENT, POST16, EHE, NEET, OTHER. */
  @Column({ type: 'varchar', length: 20 })
  setting!: string;

  @Column({ name: 'ceased_on', type: 'date', nullable: true })
  ceasedOn!: string | null;

  /** SEN2 reason ceased: MAX_AGE, MOVED_LA, NEEDS_MET, EMPLOYMENT, HE, OTHER. */
  @Column({ name: 'ceased_reason', type: 'varchar', length: 12, nullable: true })
  ceasedReason!: string | null;
}
