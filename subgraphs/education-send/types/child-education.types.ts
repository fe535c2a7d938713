import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../schema/vocabulary/date.scalar';

@ObjectType({ description: "One of a child's EHC plans (SEN2), record-level." })
export class EhcPlanType {
  @Field(() => DateScalar, { description: 'The day the plan was issued.' })
  issuedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the request it answered was received (null for a plan carried over into the records).',
  })
  requestReceivedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Whole weeks from the request to the plan (20 is the limit).' })
  weeksFromRequest!: number | null;

  @Field({ description: 'An exception under the SEND Regulations 2014 applied, so 20 weeks was not required.' })
  exception!: boolean;

  @Field({ description: 'SEN2 primary need (SEMH, ASD, SLCN, …).' })
  primaryNeed!: string;

  @Field({ description: 'SEN2 setting of the named placement.' })
  setting!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day the plan ceased; null while maintained.' })
  ceasedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it ceased (SEN2 reason).' })
  ceasedReason!: string | null;
}

@ObjectType({ description: 'A spell of SEN support on the school roll.' })
export class SenSupportSpell {
  @Field(() => DateScalar, { description: 'First day of SEN support.' })
  startOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day (exclusive); null while on SEN support.' })
  endOn!: string | null;

  @Field({ description: 'Primary need.' })
  primaryNeed!: string;
}

@ObjectType({ description: "One of a child in care's personal education plans (PEP reviews)." })
export class PersonalEducationPlanType {
  @Field(() => DateScalar, { description: 'The day it was due.' })
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was completed; null if not (yet).' })
  completedOn!: string | null;

  @Field({ description: 'Completed on or before the day it was due.' })
  inTimescale!: boolean;

  @Field(() => String, { nullable: true, description: 'First quality grade: AMBER, GREEN or GOLD (null: not graded).' })
  firstGrade!: string | null;

  @Field(() => String, { nullable: true, description: 'Quality grade now: AMBER, GREEN or GOLD (null: not graded).' })
  grade!: string | null;
}

@ObjectType({ description: "A child's school attendance over one academic year (the terms held)." })
export class AttendanceSummary {
  @Field({ description: 'Academic year, e.g. "2021/22".' })
  academicYear!: string;

  @Field(() => Int, { description: 'Terms held for the year.' })
  terms!: number;

  @Field(() => Int, { description: 'Possible sessions.' })
  possibleSessions!: number;

  @Field(() => Int, { description: 'Sessions missed (authorised or not).' })
  missedSessions!: number;

  @Field(() => Float, { description: 'Missed as a percentage of possible sessions, one decimal place.' })
  absenceRate!: number;

  @Field({ description: 'Missed 10% or more of possible sessions (persistently absent).' })
  persistentlyAbsent!: boolean;
}
