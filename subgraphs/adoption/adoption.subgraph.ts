import { seedAdoptionDatabase } from '../../seed/seed-databases';
import { SubgraphDefinition } from '../shared/subgraph-definition';
import { buildAdoptionSchema } from './adoption.schema';
import { adoptionEntities } from './entities';

/** Adoption journeys, adopters, adoption support, non-agency adoptions and the agencies' finance. */
export const adoptionSubgraph: SubgraphDefinition = {
  name: 'adoption',
  defaultPort: 4003,
  entities: adoptionEntities,
  buildSchema: buildAdoptionSchema,
  // SEED_SCOPE=national adds journeys for every council (for benchmarks); the default is the nine pilot councils.
  seedIfEmpty: (dataSource) => seedAdoptionDatabase(dataSource, process.env.SEED_SCOPE === 'national' ? 'national' : 'pilot'),
};
