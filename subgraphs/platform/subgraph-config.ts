import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './project-root';

/** A subgraph as configuration knows it: enough to start it, reach it and compose it, no code. */
export interface SubgraphEntry {
  name: string;
  port: number;
}

/** The checked-in list (subgraphs/subgraphs.json): adding a subgraph is one line there. */
export function configuredSubgraphs(): SubgraphEntry[] {
  const file = join(projectRoot(), 'subgraphs', 'subgraphs.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { subgraphs: SubgraphEntry[] }).subgraphs;
}

const envName = (name: string) => name.toUpperCase().replace(/-/g, '_');

function entry(name: string): SubgraphEntry {
  const found = configuredSubgraphs().find((s) => s.name === name);
  if (!found) throw new Error(`no subgraph "${name}" in subgraphs/subgraphs.json`);
  return found;
}

/** `<NAME>_PORT`, else the configured port. */
export function subgraphPort(name: string, env: NodeJS.ProcessEnv = process.env): number {
  return Number(env[`${envName(name)}_PORT`] ?? entry(name).port);
}

/**
 * The interface a subgraph listens on: loopback unless `<NAME>_HOST` or `SUBGRAPH_HOST` says
 * otherwise (compose sets 0.0.0.0, so the gateway's container can reach it).
 */
export function subgraphHost(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${envName(name)}_HOST`] ?? env.SUBGRAPH_HOST ?? '127.0.0.1';
}

/** `<NAME>_URL` (e.g. http://fostering:4002/graphql in compose), else localhost on its port. */
export function subgraphUrl(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${envName(name)}_URL`] ?? `http://localhost:${subgraphPort(name, env)}/graphql`;
}
