import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One young person's answers to a youth centre satisfaction survey (anonymous: no child id). */
@Entity('youth_survey_response')
@Index(['authorityCode', 'responseDate'])
export class YouthSurveyResponseRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'wave_id', type: 'varchar', length: 48 })
  waveId!: string;

  @Column({ name: 'response_date', type: 'date' })
  responseDate!: string;

  @Column({ name: 'friendly_and_welcoming', type: 'boolean' })
  friendlyAndWelcoming!: boolean;

  @Column({ name: 'staff_helpful', type: 'boolean' })
  staffHelpful!: boolean;

  @Column({ name: 'positive_impact', type: 'boolean' })
  positiveImpact!: boolean;
}
