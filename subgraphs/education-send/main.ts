import { runSubgraphAlone } from '../platform/main';
import { subgraph } from './education-send.subgraph';

runSubgraphAlone(subgraph);
