import { runSubgraphAlone } from '../platform/main';
import { subgraph } from './early-help.subgraph';

runSubgraphAlone(subgraph);
