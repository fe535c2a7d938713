import { SubgraphDefinition } from '../platform/subgraph-definition';
import { buildEducationSendSchema } from './education-send.schema';
import { educationSendEntities } from './entities';
import { migrations } from './migrations';

/**
 * EHC needs assessments and plans, SEN support, attendance, exclusions, children out of school,
 * the virtual school and its PEPs, and post-16 participation.
 */
export const subgraph: SubgraphDefinition = {
  name: 'education-send',
  entities: educationSendEntities,
  migrations,
  buildSchema: buildEducationSendSchema,
};
