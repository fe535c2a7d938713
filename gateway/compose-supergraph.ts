import 'reflect-metadata';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { subgraphUrl } from '../subgraphs/platform/subgraph-config';
import { loadSubgraphs, SubgraphDefinition } from '../subgraphs/platform/subgraph-definition';

export interface ComposedSchemas {
  /** Subgraph name → its SDL as the code produces it. */
  subgraphs: { name: string; sdl: string }[];
  supergraph: string;
}

/**
 * Composes the supergraph from the subgraphs' code, at build time (never at start-up): the
 * result is checked in as schema/supergraph.graphql, so every API change shows in review.
 * URLs are the local defaults; the gateway maps each subgraph name to its configured URL.
 */
export async function composeSupergraph(definitions: SubgraphDefinition[] = loadSubgraphs()): Promise<ComposedSchemas> {
  const subgraphs = await Promise.all(
    definitions.map(async (d) => ({ name: d.name, sdl: printSubgraphSchema(await d.buildSchema()) })),
  );
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: subgraphUrl(s.name, {}), typeDefs: parse(s.sdl) })),
  );
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return { subgraphs, supergraph: result.supergraphSdl };
}
