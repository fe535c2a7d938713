import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Facts about a database as a whole, one row each: the synthetic seed writes `dataset` =
 * `synthetic-demo` in the same transaction as its records, and writes only into a database that
 * is new or so marked (seed/seed-guard.ts), never over a council's data.
 */
@Entity('hub_meta')
export class HubMetaRecord {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  value!: string;
}

/** The `dataset` value of a database the synthetic seed made (the local demo). */
export const SYNTHETIC_DEMO = 'synthetic-demo';
