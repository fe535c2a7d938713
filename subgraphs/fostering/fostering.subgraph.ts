import { seedFosteringDatabase } from '../../seed/seed-databases';
import { SubgraphDefinition } from '../shared/subgraph-definition';
import { fosteringEntities } from './entities';
import { buildFosteringSchema } from './fostering.schema';

/** Children in care (SSDA903 episodes), foster households and carer recruitment. */
export const fosteringSubgraph: SubgraphDefinition = {
  name: 'fostering',
  defaultPort: 4002,
  entities: fosteringEntities,
  buildSchema: buildFosteringSchema,
  // SEED_SCOPE=national seeds all 151 councils (for benchmarks); the default is the nine pilot councils.
  seedIfEmpty: (dataSource) => seedFosteringDatabase(dataSource, process.env.SEED_SCOPE === 'national' ? 'national' : 'pilot'),
};
