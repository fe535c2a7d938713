import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A case of the education support a regional adoption agency gives adopted (previously looked
 * after) children, funded by its councils' virtual schools (ATV's Education Support Worker): the
 * agency's own records, kept under its code, with what came of each case.
 */
@Entity('education_support_case')
@Index(['agencyCode', 'openedOn'])
export class EducationSupportCaseRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  /** The agency's region code, e.g. `ATV`. */
  @Column({ name: 'agency_code', type: 'varchar', length: 9 })
  agencyCode!: string;

  /** The adopted child (the adoption subgraph's `Child` id). */
  @Column({ name: 'child_id', type: 'varchar', length: 40 })
  childId!: string;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  /** The child moved to an education provision that suits them better. */
  @Column({ name: 'changed_provision', type: 'boolean' })
  changedProvision!: boolean;

  /** After the support, the child was added to the SEN register (SEN support). */
  @Column({ name: 'added_to_sen_register', type: 'boolean' })
  addedToSenRegister!: boolean;

  /** The child had been refusing school, and that changed. */
  @Column({ name: 'school_refusal_resolved', type: 'boolean' })
  schoolRefusalResolved!: boolean;

  /** The child received an EHC plan to secure support. */
  @Column({ name: 'ehcp_secured', type: 'boolean' })
  ehcpSecured!: boolean;

  /** The child was on the SEN register before the case opened. */
  @Column({ name: 'on_sen_register_before', type: 'boolean' })
  onSenRegisterBefore!: boolean;
}
