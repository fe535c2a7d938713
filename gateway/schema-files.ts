import { join } from 'node:path';
import { projectRoot } from '../subgraphs/platform/project-root';

/** Where the checked-in SDL lives: one file per subgraph plus the supergraph. */
export const schemaDir = () => join(projectRoot(), 'schema');
export const subgraphSdlFile = (name: string) => join(schemaDir(), `${name}.graphql`);
export const supergraphFile = () => join(schemaDir(), 'supergraph.graphql');
