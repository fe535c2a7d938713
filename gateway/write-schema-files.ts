import { writeFileSync } from 'node:fs';
import { composeSupergraph } from './compose-supergraph';
import { subgraphSdlFile, supergraphFile } from './schema-files';

/** `npm run schema`: regenerates schema/*.graphql from the code. */
composeSupergraph().then(
  ({ subgraphs, supergraph }) => {
    for (const { name, sdl } of subgraphs) writeFileSync(subgraphSdlFile(name), sdl);
    writeFileSync(supergraphFile(), supergraph);
    console.log(`wrote ${subgraphs.map((s) => s.name).join(', ')} and supergraph SDL`);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
