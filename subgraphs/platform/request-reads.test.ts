import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { RequestContext } from './request-context';
import { SqlStatementCounter } from './sql-statement-counter';

/**
 * A request never sends the same read twice: on a real SQLite database, counted by the logger
 * the subgraphs use, repeats come from the request's memo, while a write, another request, other
 * parameters and a failed read all go to the database.
 */
describe("a request's reads", () => {
  const dir = mkdtempSync(join(tmpdir(), 'request-reads-'));
  const counter = new SqlStatementCounter();
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    database: join(dir, 'reads.sqlite'),
    logger: counter,
    logging: true,
  });

  beforeAll(async () => {
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE t (k varchar(4) PRIMARY KEY, n integer NOT NULL)');
    await dataSource.query("INSERT INTO t VALUES ('a', 1), ('b', 2)");
  });
  afterAll(async () => {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const sent = async (work: () => Promise<unknown>) => {
    const before = counter.count;
    await work();
    return counter.count - before;
  };

  it('runs a read statement once per request however many ask, with each asker given its own rows', async () => {
    const context = new RequestContext(dataSource);
    const read = () => context.dataSource.query('SELECT k, n FROM t WHERE n >= ? ORDER BY k', [1]);
    let first: { k: string; n: number }[] = [];
    let second: { k: string; n: number }[] = [];
    expect(
      await sent(async () => {
        [first, second] = await Promise.all([read(), read()]);
        await read();
      }),
    ).toBe(1);
    expect(first).toEqual([
      { k: 'a', n: 1 },
      { k: 'b', n: 2 },
    ]);
    first[0].n = 99;
    first.pop();
    expect(second).toEqual([
      { k: 'a', n: 1 },
      { k: 'b', n: 2 },
    ]);
    expect(await read()).toEqual(second);
  });

  it('sends the same statement with other parameters, and in another request, again', async () => {
    const context = new RequestContext(dataSource);
    expect(
      await sent(async () => {
        await context.dataSource.query('SELECT n FROM t WHERE k = ?', ['a']);
        await context.dataSource.query('SELECT n FROM t WHERE k = ?', ['b']);
        await new RequestContext(dataSource).dataSource.query('SELECT n FROM t WHERE k = ?', ['a']);
      }),
    ).toBe(3);
  });

  it('reads again after a write in the request, and sees what it wrote', async () => {
    const context = new RequestContext(dataSource);
    const read = async () => (await context.dataSource.query("SELECT n FROM t WHERE k = 'a'"))[0].n;
    expect(await read()).toBe(1);
    await context.dataSource.query("UPDATE t SET n = 5 WHERE k = 'a'");
    expect(await sent(async () => expect(await read()).toBe(5))).toBe(1);
    await context.dataSource.query("UPDATE t SET n = 1 WHERE k = 'a'");
  });

  it('does not keep a failed read: the next asker gets the database again', async () => {
    const context = new RequestContext(dataSource);
    await expect(context.dataSource.query('SELECT missing FROM t')).rejects.toThrow();
    expect(await sent(() => context.dataSource.query('SELECT missing FROM t').catch(() => undefined))).toBe(1);
  });

  it('is the DataSource in every other respect (its driver, transactions)', async () => {
    const context = new RequestContext(dataSource);
    expect(context.dataSource.options.type).toBe('better-sqlite3');
    expect(context.dataSource.isInitialized).toBe(true);
    const n = await context.dataSource.transaction(
      async (manager) => (await manager.query('SELECT COUNT(*) AS n FROM t'))[0].n,
    );
    expect(n).toBe(2);
  });
});
