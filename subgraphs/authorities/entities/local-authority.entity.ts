import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A council with children's services (upper tier or unitary). */
@Entity('local_authority')
export class LocalAuthorityRecord {
  /** ONS GSS code, e.g. E10000028. */
  @PrimaryColumn({ type: 'varchar', length: 9 })
  code!: string;

  /** DfE's three-digit LA number, e.g. 860. */
  @Column({ name: 'dfe_code', type: 'varchar', length: 3, unique: true })
  dfeCode!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** The short name councils use in their papers ("Staffs", "T&W"); the name when none is in use. */
  @Column({ name: 'short_name', type: 'varchar', length: 40 })
  shortName!: string;

  /** GSS code of the government region (E12…, or E13 inner/outer London as DfE groups them). */
  @Column({ name: 'government_region_code', type: 'varchar', length: 9 })
  governmentRegionCode!: string;

  /** The first day it had children's services; null: from before the reference data begins (April 2020). */
  @Column({ name: 'existed_from', type: 'date', nullable: true })
  existedFrom!: string | null;

  /** The last day it had children's services (abolished, e.g. Cumbria on 31 March 2023); null: it still has. */
  @Column({ name: 'existed_until', type: 'date', nullable: true })
  existedUntil!: string | null;
}
