import { Logger } from 'typeorm';

/**
 * Counts every SQL statement a DataSource sends. Tests read it to prove there is no N+1; the
 * benchmark reads it to report statements per request. SQL_LOG=1 also prints each statement.
 */
export class SqlStatementCounter implements Logger {
  count = 0;
  private readonly print = process.env.SQL_LOG === '1';

  logQuery(query: string): void {
    this.count += 1;
    if (this.print) console.log('[sql]', query);
  }

  logQueryError(error: string | Error, query: string): void {
    console.error('[sql error]', error instanceof Error ? error.message : error, query.slice(0, 500));
  }

  logQuerySlow(): void {}

  logSchemaBuild(): void {}

  logMigration(): void {}

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn('[typeorm]', message);
  }
}
