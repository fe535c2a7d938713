import { migrations } from './migrations';
import { SubgraphDefinition } from '../platform/subgraph-definition';
import { buildAdoptionSchema } from './adoption.schema';
import { adoptionEntities } from './entities';

/** Adoption journeys, adopters, adoption support, non-agency adoptions and the agencies' finance. */
export const subgraph: SubgraphDefinition = {
  name: 'adoption',
  entities: adoptionEntities,
  migrations,
  buildSchema: buildAdoptionSchema,
};
