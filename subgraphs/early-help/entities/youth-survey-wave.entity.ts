import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A wave of the youth centre satisfaction survey: when it ran and how many young people attended
 * the centres and projects in that time (the response rate's denominator).
 */
@Entity('youth_survey_wave')
export class YouthSurveyWaveRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  /** Distinct young people who attended during the wave. */
  @Column({ name: 'young_people_attending', type: 'int' })
  youngPeopleAttending!: number;
}
