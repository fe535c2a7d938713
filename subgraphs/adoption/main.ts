import { runSubgraphAlone } from '../shared/main';
import { adoptionSubgraph } from './adoption.subgraph';

runSubgraphAlone(adoptionSubgraph);
