import {
  DocumentNode,
  FragmentDefinitionNode,
  OperationDefinitionNode,
  parse,
  print,
  SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';

/** One parameter of a saved report: a variable of its query, with the description its file gives it. */
export interface ReportParameter {
  name: string;
  /** The variable's GraphQL type as written, e.g. "ID!", "Date!", "[Period!]!". */
  type: string;
  /** The type's name without list or non-null marks, e.g. "Date". */
  baseType: string;
  list: boolean;
  required: boolean;
  default: unknown;
  description: string;
}

/** A named GraphQL query kept in the repository, served as a table by GET /reports/<name>.csv and .json. */
export interface SavedReport {
  name: string;
  title: string;
  description: string;
  query: string;
  operationName: string;
  parameters: ReportParameter[];
  /** The columns the query asks of its `rows` (scalar fields, by response key), so an empty table keeps its header. */
  columns: string[];
}

/** Where the saved reports live: one `<name>.graphql` file each. */
export function savedReportsFolder(): string {
  return join(projectRoot(), 'gateway', 'reports', 'saved');
}

const NAME = /^[a-z][a-z0-9-]*$/;
const PARAMETER_LINE = /^\$([A-Za-z_][A-Za-z0-9_]*):\s*(.+)$/;

/**
 * A report from its file: the comment lines before the query give its title (the first), its
 * description (the rest) and, as `# $name: …`, each parameter's description; the query's own
 * variable definitions give the parameters' names, types and defaults, so the declaration and
 * the query cannot disagree. A file that breaks these rules fails the gateway's start.
 */
export function parseSavedReport(name: string, text: string): SavedReport {
  const where = `saved report "${name}"`;
  if (!NAME.test(name)) throw new Error(`${where}: a name is lower-case letters, digits and "-"`);
  const comments = text
    .split('\n')
    .filter((line) => line.startsWith('#'))
    .map((line) => line.replace(/^#\s?/, '').trim());
  const [title, ...rest] = comments;
  if (!title) throw new Error(`${where}: the first line must be a "# Title" comment`);
  const described = new Map<string, string>();
  const description: string[] = [];
  for (const line of rest) {
    const parameter = PARAMETER_LINE.exec(line);
    if (parameter) described.set(parameter[1], parameter[2]);
    else if (line) description.push(line);
  }
  const document = parse(text);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (operations.length !== 1 || operations[0].operation !== 'query' || !operations[0].name)
    throw new Error(`${where}: the file must hold exactly one named query`);
  const operation = operations[0];
  const parameters = (operation.variableDefinitions ?? []).map((definition): ReportParameter => {
    const parameterName = definition.variable.name.value;
    const text = described.get(parameterName);
    if (!text) throw new Error(`${where}: $${parameterName} has no "# $${parameterName}: …" description`);
    let type = definition.type;
    const required = type.kind === 'NonNullType';
    if (type.kind === 'NonNullType') type = type.type;
    const list = type.kind === 'ListType';
    while (type.kind !== 'NamedType') type = type.type;
    return {
      name: parameterName,
      type: print(definition.type),
      baseType: type.name.value,
      list,
      required: required && !definition.defaultValue,
      default: definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : null,
      description: text,
    };
  });
  for (const parameterName of described.keys())
    if (!parameters.some((p) => p.name === parameterName))
      throw new Error(`${where}: $${parameterName} is described but the query has no such variable`);
  return {
    name,
    title,
    description: description.join(' '),
    query: text,
    operationName: operation.name!.value,
    parameters,
    columns: rowColumns(document),
  };
}

/** The scalar fields selected in every `rows` field of the query (through fragments too), in order. */
function rowColumns(document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  const columns: string[] = [];
  const scalars = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        if (!selection.selectionSet) {
          const key = selection.alias?.value ?? selection.name.value;
          if (!columns.includes(key)) columns.push(key);
        }
      } else if (selection.kind === 'InlineFragment') scalars(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) scalars(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  const walk = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value === 'rows' && selection.selectionSet) scalars(selection.selectionSet, seen);
        else if (selection.selectionSet) walk(selection.selectionSet, seen);
      } else if (selection.kind === 'InlineFragment') walk(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  for (const definition of document.definitions)
    if (definition.kind === 'OperationDefinition') walk(definition.selectionSet, new Set());
  return columns.filter((c) => c !== 'cursor');
}

/** Every saved report, by name, read once at start. */
export function loadSavedReports(folder = savedReportsFolder()): Map<string, SavedReport> {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  return new Map(
    files.map((file) => {
      const name = file.replace(/\.graphql$/, '');
      return [name, parseSavedReport(name, readFileSync(join(folder, file), 'utf8'))];
    }),
  );
}
