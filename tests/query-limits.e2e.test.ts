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

  it('refuses a body over the size limit, and cuts the connection of one far over it, still serving others', async () => {
    const post = (body: string) =>
      fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const over = await post(JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(150_000) }));
    expect(over.status).toBe(400);
    expect(await over.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^The query body is too large; the limit is 100000\./),
          extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'bytes', allowed: 100_000, actual: expect.any(Number) },
        },
      ],
    });
    await expect(post('x'.repeat(10_000_000))).rejects.toThrow();
    const after = await stack.query('{ region(code: "T4C") { name } }');
    expect(after.data?.region.name).toBe('Together4Children');
  });

  it('refuses a long series over many members by its cost, before any subgraph is asked', async () => {
    const dates = JSON.stringify(Array.from({ length: 100 }, (_, i) => `${1990 + (i % 35)}-0${1 + (i % 9)}-28`));
    const before = stack.subgraphs.fostering.database.statements.count;
    const result = await stack.query(
      `{ region(code: "PILOT") { members { childrenInCareSeries(at: ${dates}) { breakdown(by: AGE_BAND) { key figure { value } } } } } }`,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', allowed: 20_000 });
    // members (assumed 10) × 100 dates × breakdown (assumed 10) × 3 fields, and more.
    expect((result.errors?.[0].extensions as { actual: number }).actual).toBeGreaterThan(30_000);
    expect(stack.subgraphs.fostering.database.statements.count).toBe(before);
  });

  it('lets through the bigger queries it plans for the subgraphs (every council in one _entities list)', async () => {
    const dates = JSON.stringify(Array.from({ length: 12 }, (_, i) => `20${12 + i}-03-31`));
    const result = await stack.query(
      `{ localAuthorities { code childrenInCareSeries(at: ${dates}) { breakdown(by: AGE_BAND) { key figure { value suppressed } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const [{ count }] = await stack.subgraphs.authorities.database.dataSource.query(
      'SELECT COUNT(*) AS count FROM local_authority',
    );
    expect(result.data!.localAuthorities).toHaveLength(Number(count));
    expect(Number(count)).toBeGreaterThan(100); // more than the 10 the gateway's cost assumes for a list
    for (const authority of result.data!.localAuthorities) expect(authority.childrenInCareSeries).toHaveLength(12);
  });

  it('lets ordinary reports through', async () => {
    const result = await stack.query(
      `{ region(code: "PILOT") { members { name regions { code } childrenInCare(at: "2022-03-31") { total { value } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.region.members).toHaveLength(9);
  });
});
