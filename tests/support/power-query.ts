import { parseCsv } from '../../seed/shared/csv';

/**
 * Runs the small part of Power Query's M language the recipes use (docs/recipes.md): `let … in`,
 * records, lists, text with `&`, field access, and the functions Web.Contents (GET, or POST with
 * `Content`; `Headers` and `Query` options, as Power Query sends them), Json.FromValue,
 * Json.Document, Csv.Document, Table.FromRecords and Table.PromoteHeaders. So a recipe's exact
 * text is what the test sends, and a recipe that changes is a request that changes.
 */
type Value = string | number | boolean | null | Buffer | Value[] | { [name: string]: Value } | MTable;
interface MTable {
  table: Record<string, string | number | boolean | null>[];
}

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'name'; name: string }
  | { kind: 'record'; fields: [string, Node][] }
  | { kind: 'list'; items: Node[] }
  | { kind: 'field'; of: Node; name: string }
  | { kind: 'call'; fn: string; args: Node[] }
  | { kind: 'concat'; left: Node; right: Node }
  | { kind: 'let'; bindings: [string, Node][]; body: Node };

const TOKEN = /\s*(#"(?:[^"]|"")*"|"(?:[^"]|"")*"|\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_.]*|[[\]{}(),=&])/y;

function tokens(source: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(source);
    if (!match) throw new Error(`M: cannot read "${source.slice(TOKEN.lastIndex, TOKEN.lastIndex + 20)}"`);
    out.push(match[1]);
  }
  return out;
}

const unquote = (token: string) => token.replace(/^#?"/, '').replace(/"$/, '').replace(/""/g, '"');

export function parseM(source: string): Node {
  const ts = tokens(source);
  let i = 0;
  const peek = () => ts[i];
  const take = (expected?: string) => {
    const t = ts[i++];
    if (expected !== undefined && t !== expected) throw new Error(`M: expected ${expected}, found ${t}`);
    return t;
  };
  const name = () => {
    const t = take();
    return t.startsWith('#"') ? unquote(t) : t;
  };
  const expression = (): Node => {
    if (peek() === 'let') {
      take('let');
      const bindings: [string, Node][] = [];
      for (;;) {
        const n = name();
        take('=');
        bindings.push([n, expression()]);
        if (peek() === ',') take(',');
        else break;
      }
      take('in');
      return { kind: 'let', bindings, body: expression() };
    }
    let node = postfix(primary());
    while (peek() === '&') {
      take('&');
      node = { kind: 'concat', left: node, right: postfix(primary()) };
    }
    return node;
  };
  const primary = (): Node => {
    const t = take();
    if (t === '[') {
      const fields: [string, Node][] = [];
      while (peek() !== ']') {
        const n = name();
        take('=');
        fields.push([n, expression()]);
        if (peek() === ',') take(',');
      }
      take(']');
      return { kind: 'record', fields };
    }
    if (t === '{') {
      const items: Node[] = [];
      while (peek() !== '}') {
        items.push(expression());
        if (peek() === ',') take(',');
      }
      take('}');
      return { kind: 'list', items };
    }
    if (t.startsWith('"')) return { kind: 'text', value: unquote(t) };
    if (/^\d/.test(t)) return { kind: 'number', value: Number(t) };
    if (peek() === '(') {
      take('(');
      const args: Node[] = [];
      while (peek() !== ')') {
        args.push(expression());
        if (peek() === ',') take(',');
      }
      take(')');
      return { kind: 'call', fn: t, args };
    }
    return { kind: 'name', name: t.startsWith('#"') ? unquote(t) : t };
  };
  const postfix = (node: Node): Node => {
    while (peek() === '[') {
      take('[');
      const n = name();
      take(']');
      node = { kind: 'field', of: node, name: n };
    }
    return node;
  };
  const tree = expression();
  if (i !== ts.length) throw new Error(`M: unexpected ${ts[i]}`);
  return tree;
}

/** What Web.Contents sent, for the test to look at. */
export interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export async function runM(source: string, sent: SentRequest[] = []): Promise<Value> {
  const evaluate = async (node: Node, scope: Map<string, () => Promise<Value>>): Promise<Value> => {
    switch (node.kind) {
      case 'text':
      case 'number':
        return node.value;
      case 'name': {
        const bound = scope.get(node.name);
        if (bound) return bound();
        if (node.name === 'QuoteStyle.Csv') return 'QuoteStyle.Csv';
        if (node.name === 'true' || node.name === 'false') return node.name === 'true';
        if (node.name === 'null') return null;
        throw new Error(`M: unknown name ${node.name}`);
      }
      case 'record': {
        const out: Record<string, Value> = {};
        for (const [n, v] of node.fields) out[n] = await evaluate(v, scope);
        return out;
      }
      case 'list':
        return Promise.all(node.items.map((item) => evaluate(item, scope)));
      case 'concat':
        return String(await evaluate(node.left, scope)) + String(await evaluate(node.right, scope));
      case 'field': {
        const of = (await evaluate(node.of, scope)) as Record<string, Value>;
        if (!(node.name in of)) throw new Error(`M: the field ${node.name} of the record was not found`);
        return of[node.name];
      }
      case 'let': {
        const inner = new Map(scope);
        const cache = new Map<string, Promise<Value>>();
        for (const [n, v] of node.bindings)
          inner.set(n, () => {
            if (!cache.has(n)) cache.set(n, evaluate(v, inner));
            return cache.get(n)!;
          });
        return evaluate(node.body, inner);
      }
      case 'call':
        return call(node.fn, await Promise.all(node.args.map((a) => evaluate(a, scope))));
    }
  };
  const call = async (fn: string, args: Value[]): Promise<Value> => {
    switch (fn) {
      case 'Web.Contents': {
        const [url, options = {}] = args as [string, Record<string, Value>];
        const query = new URLSearchParams((options.Query ?? {}) as Record<string, string>).toString();
        const request: SentRequest = {
          url: query ? `${url}?${query}` : url,
          method: options.Content !== undefined ? 'POST' : 'GET',
          headers: (options.Headers ?? {}) as Record<string, string>,
          body: options.Content !== undefined ? (options.Content as Buffer).toString('utf8') : undefined,
        };
        sent.push(request);
        const response = await fetch(request.url, {
          method: request.method,
          headers: { ...request.headers, 'accept-encoding': 'gzip, deflate' },
          body: request.body,
        });
        if (!response.ok) throw new Error(`M: Web.Contents got ${response.status}: ${await response.text()}`);
        return Buffer.from(await response.arrayBuffer());
      }
      case 'Json.FromValue':
        return Buffer.from(JSON.stringify(args[0]));
      case 'Json.Document':
        return JSON.parse((args[0] as Buffer).toString('utf8')) as Value;
      case 'Csv.Document':
        return { csv: (args[0] as Buffer).toString('utf8') };
      case 'Table.PromoteHeaders':
        return { table: parseCsv((args[0] as { csv: string }).csv) };
      case 'Table.FromRecords':
        return { table: args[0] as MTable['table'] };
      default:
        throw new Error(`M: the recipes do not use ${fn}`);
    }
  };
  return evaluate(parseM(source), new Map());
}
