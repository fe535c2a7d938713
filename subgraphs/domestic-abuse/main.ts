import { runSubgraphAlone } from '../platform/main';
import { subgraph } from './domestic-abuse.subgraph';

runSubgraphAlone(subgraph);
