import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A query the IDE opens as a tab. */
export interface IdeExample {
  name: string;
  query: string;
  variables?: string;
}

/** Variables for the README's queries that take some: the T4C board, as the README runs it. */
const EXAMPLE_VARIABLES: Record<string, string> = { region: '"T4C"' };

/**
 * Every ```graphql block of the README, in order, named by its operation (an anonymous one by its
 * place and the first field it asks for), with the variables it declares filled as the README runs them.
 */
export function readmeExamples(root: string): IdeExample[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)\n```/g)].map(([, query], index) => {
    const named = /^\s*query\s+([A-Za-z_]\w*)/m.exec(query)?.[1];
    const field = /^\s*\{\s*\n?\s*([A-Za-z_]\w*)/.exec(query)?.[1];
    const declared = [...(/^\s*query\s+\w+\s*\(([^)]*)\)/m.exec(query)?.[1] ?? '').matchAll(/\$(\w+)/g)].map(
      (m) => m[1],
    );
    const variables = declared.filter((v) => v in EXAMPLE_VARIABLES).map((v) => `"${v}": ${EXAMPLE_VARIABLES[v]}`);
    // GraphiQL names a tab after its operation: an anonymous example gets a name, e.g. Example2_localAuthority.
    const name = named ?? `Example${index + 1}${field ? `_${field}` : ''}`;
    return {
      name,
      query: named ? query : `query ${name} ${query.trimStart()}`,
      ...(variables.length ? { variables: `{${variables.join(', ')}}` } : {}),
    };
  });
}
