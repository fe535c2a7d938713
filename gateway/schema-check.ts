import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildSchema, findBreakingChanges, findDangerousChanges, GraphQLSchema } from 'graphql';
import { composeSupergraph } from './compose-supergraph';
import { supergraphFile } from './schema-files';

/** The API schema of a supergraph SDL (federation's join directives stripped by the build). */
function apiSchema(supergraphSdl: string): GraphQLSchema {
  return buildSchema(supergraphSdl, { assumeValidSDL: true });
}

/**
 * `npm run schema:check [-- --against <git ref>]`: fails when the checked-in supergraph is not
 * what the code composes (run `npm run schema`), and lists the breaking and dangerous changes of
 * the checked-in SDL against the one at `ref` (default HEAD~1), so a review sees what clients lose.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ref = args.includes('--against') ? args[args.indexOf('--against') + 1] : 'HEAD~1';
  const checkedIn = readFileSync(supergraphFile(), 'utf8');
  const { supergraph } = await composeSupergraph();
  if (supergraph !== checkedIn) {
    console.error(
      'schema/supergraph.graphql is not what the code composes: run `npm run schema` and commit the result.',
    );
    process.exit(1);
  }
  let before: string;
  try {
    before = execFileSync('git', ['show', `${ref}:${relative(process.cwd(), supergraphFile())}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    console.log(`schema check: the SDL matches the code; no supergraph at ${ref} to compare with.`);
    return;
  }
  const [old, now] = [apiSchema(before), apiSchema(checkedIn)];
  const breaking = findBreakingChanges(old, now);
  const dangerous = findDangerousChanges(old, now);
  console.log(
    `schema check: the SDL matches the code; against ${ref}: ${breaking.length} breaking, ${dangerous.length} dangerous change(s).`,
  );
  for (const change of breaking) console.log(`  BREAKING  ${change.type}: ${change.description}`);
  for (const change of dangerous) console.log(`  dangerous ${change.type}: ${change.description}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
