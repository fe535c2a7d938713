import { migrations } from './migrations';
import { SubgraphDefinition } from '../platform/subgraph-definition';
import { fosteringEntities } from './entities';
import { buildFosteringSchema } from './fostering.schema';
import { rebuildCareStock } from './data/care-stock';

/** Children in care (SSDA903 episodes), foster households and carer recruitment. */
export const subgraph: SubgraphDefinition = {
  name: 'fostering',
  entities: fosteringEntities,
  migrations,
  buildSchema: buildFosteringSchema,
  rebuildSummaries: rebuildCareStock,
};
