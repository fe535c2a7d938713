import { SubgraphDefinition } from '../platform/subgraph-definition';
import { buildDomesticAbuseSchema } from './domestic-abuse.schema';
import { domesticAbuseEntities } from './entities';
import { migrations } from './migrations';

/** Commissioned domestic abuse services (referrals, satisfaction), domestic homicide reviews and the contracts. */
export const subgraph: SubgraphDefinition = {
  name: 'domestic-abuse',
  entities: domesticAbuseEntities,
  migrations,
  buildSchema: buildDomesticAbuseSchema,
};
