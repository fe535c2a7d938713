import { SubgraphDefinition } from '../platform/subgraph-definition';
import { earlyHelpEntities } from './entities';
import { buildEarlyHelpSchema } from './early-help.schema';
import { migrations } from './migrations';

/** The front door (contacts, referrals, re-referrals), early help, edge of care, young carers and youth services. */
export const subgraph: SubgraphDefinition = {
  name: 'early-help',
  entities: earlyHelpEntities,
  migrations,
  buildSchema: buildEarlyHelpSchema,
};
