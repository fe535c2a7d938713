import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A locality hub of a regional adoption agency: the team that serves some of its councils
 * (T4C: `staffs`, `stoke`, `joint-shrewsbury` for Shropshire with Telford and Wrekin). Support,
 * non-agency adoptions and finance lines are recorded by hub.
 */
@Entity('locality_hub')
export class LocalityHubRecord {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  code!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 12 })
  agencyCode!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;
}
