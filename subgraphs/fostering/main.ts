import { runSubgraphAlone } from '../shared/main';
import { fosteringSubgraph } from './fostering.subgraph';

runSubgraphAlone(fosteringSubgraph);
