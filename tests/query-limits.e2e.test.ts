import { Stack, startStack } from './support/stack';

/** The gateway refuses runaway queries before any subgraph is asked. */
describe('query limits at the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('sqlite');
  });
  afterAll(() => stack.stop());

  it('refuses a query nested deeper than the limit, naming the limit', async () => {
    // Region → members → regions → members … recurses without end.
    let selection = 'code';
    for (let i = 0; i < 6; i += 1) selection = `members { regions { ${selection} } }`;
    const before = stack.subgraphs.authorities.database.statements.count;
    const result = await stack.query(`{ region(code: "T4C") { ${selection} } }`);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/nested 14 fields deep; the limit is 10/);
    expect(stack.subgraphs.authorities.database.statements.count).toBe(before);
  });

  it('refuses a query selecting too many fields, counting aliases', async () => {
    const aliases = Array.from(
      { length: 700 },
      (_, i) => `a${i}: localAuthority(code: "E06000020") { code name shortName }`,
    ).join('\n');
    const result = await stack.query(`{ ${aliases} }`);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/selects 2800 fields; the limit is 2000/);
  });

  it('lets ordinary reports through', async () => {
    const result = await stack.query(
      `{ region(code: "PILOT") { members { name regions { code } childrenInCare(at: "2022-03-31") { total { value } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.region.members).toHaveLength(9);
  });
});
