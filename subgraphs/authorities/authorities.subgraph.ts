import { seedAuthoritiesDatabase } from '../../seed/seed-databases';
import { SubgraphDefinition } from '../shared/subgraph-definition';
import { buildAuthoritiesSchema } from './authorities.schema';
import { authoritiesEntities } from './entities';

/** Reference data: authorities, regions and their members, districts, child population. */
export const authoritiesSubgraph: SubgraphDefinition = {
  name: 'authorities',
  defaultPort: 4001,
  entities: authoritiesEntities,
  buildSchema: buildAuthoritiesSchema,
  seedIfEmpty: (dataSource) => seedAuthoritiesDatabase(dataSource),
};
