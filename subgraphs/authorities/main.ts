import { runSubgraphAlone } from '../platform/main';
import { subgraph } from './authorities.subgraph';

runSubgraphAlone(subgraph);
