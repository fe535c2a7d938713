import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createRoot } from 'react-dom/client';

/** A README example, as the build wrote it into examples.json. */
interface Example {
  name: string;
  query: string;
  variables?: string;
}

/**
 * The hub's GraphQL IDE: GraphiQL from npm, bundled at build time (no CDN), against this
 * gateway's /graphql, with the README's example queries as tabs. A token goes in the Headers tab:
 * {"Authorization": "Bearer …"}.
 */
async function start(): Promise<void> {
  const examples = (await (await fetch('/ide/examples.json')).json()) as Example[];
  const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).toString() });
  createRoot(document.getElementById('graphiql')!).render(
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={examples.map((e) => ({ query: e.query, variables: e.variables }))}
      defaultEditorToolsVisibility="variables"
      shouldPersistHeaders={false}
    />,
  );
}

void start();
