import { SubgraphDefinition } from '../platform/subgraph-definition';
import { earlyHelpEntities } from './entities';
import { buildEarlyHelpSchema } from './early-help.schema';

/** The front door (contacts, referrals, re-referrals), early help, edge of care, young carers and youth services. */
export const subgraph: SubgraphDefinition = {
  name: 'early-help',
  entities: earlyHelpEntities,
  buildSchema: buildEarlyHelpSchema,
};
