import { Field, ObjectType } from 'type-graphql';
import { AgencyWork } from './agency-work';

@ObjectType('AgencyWork', { description: 'One kind of a regional adoption agency\'s work over a period: how many, by locality hub, how long (stages of assessment, beside England\'s average and the target), shares, and money.' })
export class AgencyWorkType {
  @Field({ description: 'The kind of work (AgencyWorkKind, lower case).' })
  kind!: string;

  work!: AgencyWork;
}

@ObjectType('AgencyCaseload', { description: 'Records of one kind open at the end of a day: households in assessment, approved adopters waiting, non-agency assessments in progress, families waiting for a support assessment…' })
export class AgencyCaseloadType {
  @Field({ description: 'The kind of work (AgencyWorkKind, lower case).' })
  kind!: string;

  work!: AgencyWork;
}
