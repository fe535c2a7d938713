import { runSubgraphAlone } from '../platform/main';
import { subgraph } from './adoption.subgraph';

runSubgraphAlone(subgraph);
