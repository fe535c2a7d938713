import { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { EntityList } from './database';

/** What each subgraph provides; everything else (database, server, health, shutdown) is shared. */
export interface SubgraphDefinition {
  /** Service name, also the database name suffix and the gateway's subgraph name. */
  name: string;
  /** Port when run locally (the gateway's default URL for it). */
  defaultPort: number;
  entities: EntityList;
  buildSchema(): Promise<GraphQLSchema>;
  /** Fills an empty database with the calibrated synthetic data; returns false if it held data already. */
  seedIfEmpty(dataSource: DataSource): Promise<boolean>;
}

const envName = (name: string) => name.toUpperCase().replace(/-/g, '_');

/** `<NAME>_PORT`, else the default. */
export function subgraphPort(definition: SubgraphDefinition, env: NodeJS.ProcessEnv = process.env): number {
  return Number(env[`${envName(definition.name)}_PORT`] ?? definition.defaultPort);
}

/** `<NAME>_URL` (e.g. http://fostering:4002/graphql in compose), else localhost on the default port. */
export function subgraphUrl(definition: SubgraphDefinition, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${envName(definition.name)}_URL`] ?? `http://localhost:${subgraphPort(definition, env)}/graphql`;
}
