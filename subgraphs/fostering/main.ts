import { runSubgraphAlone } from '../platform/main';
import { subgraph } from './fostering.subgraph';

runSubgraphAlone(subgraph);
