import { runSubgraphAlone } from '../shared/main';
import { authoritiesSubgraph } from './authorities.subgraph';

runSubgraphAlone(authoritiesSubgraph);
