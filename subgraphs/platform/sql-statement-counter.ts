import { Logger } from 'typeorm';

/**
 * The readiness check's statement: sent in the background every few seconds, so it is not
 * counted (a test counting a request's statements would count it at random).
 */
export const READINESS_QUERY = 'SELECT 1 /* readiness */';

/**
 * Counts every SQL statement a DataSource sends. Tests read it to prove there is no N+1; the
 * benchmark reads it to report statements per request. SQL_LOG=1 also prints each statement.
 */
export class SqlStatementCounter implements Logger {
  count = 0;
  private readonly print = process.env.SQL_LOG === '1';

  logQuery(query: string): void {
    if (query === READINESS_QUERY) return;
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
