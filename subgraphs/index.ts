import { adoptionSubgraph } from './adoption/adoption.subgraph';
import { authoritiesSubgraph } from './authorities/authorities.subgraph';
import { fosteringSubgraph } from './fostering/fostering.subgraph';
import { SubgraphDefinition } from './shared/subgraph-definition';

/** Every subgraph the gateway composes, in start-up order. */
export const SUBGRAPHS: SubgraphDefinition[] = [authoritiesSubgraph, fosteringSubgraph, adoptionSubgraph];
