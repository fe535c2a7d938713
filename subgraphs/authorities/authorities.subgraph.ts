import { migrations } from './migrations';
import { SubgraphDefinition } from '../platform/subgraph-definition';
import { buildAuthoritiesSchema } from './authorities.schema';
import { authoritiesEntities } from './entities';

/** Reference data: authorities, regions and their members, districts, child population. */
export const subgraph: SubgraphDefinition = {
  name: 'authorities',
  entities: authoritiesEntities,
  migrations,
  buildSchema: buildAuthoritiesSchema,
};
