import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';

/** A query the README shows with its answer, and the board whose member sends it (none: anonymous). */
export interface ReadmeExample {
  name: string;
  board?: 'T4C' | 'ATV';
  query: string;
  answer: unknown;
}

const readme = () => readFileSync(join(projectRoot(), 'README.md'), 'utf8');

/** The README's headline: its first GraphQL block and the first JSON answer after it. */
export function readmeHeadline(): ReadmeExample {
  const text = readme();
  const query = /```graphql\n([\s\S]*?)\n```/.exec(text)![1];
  const answer = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(text)![1]);
  // The board's question, asked with a T4C board member's token (the README says so).
  return { name: 'headline', board: 'T4C', query, answer };
}

/** The first GraphQL block and JSON answer of the README section under `heading` (e.g. the adoption report). */
export function readmeSectionExample(heading: string, name: string): ReadmeExample {
  const text = readme();
  const section = text.slice(text.indexOf(heading));
  const query = /```graphql\n([\s\S]*?)\n```/.exec(section)![1];
  const answer = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)![1]);
  return { name, query, answer };
}

/**
 * Every README example marked `<!-- example: name -->` (run anonymously) or `<!-- example: name as
 * T4C -->` (as that board's member), with the answer shown after it.
 */
export function markedReadmeExamples(): ReadmeExample[] {
  return [
    ...readme().matchAll(
      /<!-- example: ([a-z-]+)(?: as (T4C|ATV))? -->\n```graphql\n([\s\S]*?)\n```[\s\S]*?```json\n([\s\S]*?)\n```/g,
    ),
  ].map(([, name, board, query, answer]) => ({
    name,
    board: board as ReadmeExample['board'],
    query,
    answer: JSON.parse(answer),
  }));
}
