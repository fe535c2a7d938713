import { DataSource } from 'typeorm';

/** A read: its result depends only on the statement, its parameters and the data. */
const READ = /^\s*(SELECT|WITH)\b/i;

/**
 * One request's view of its DataSource, on which a read statement sent twice with the same
 * parameters runs once: two figures (or a region and its members, now resolved in one fetch)
 * that need the same rows share them, whatever loader or shape asked. Any other statement (an
 * audit-log insert) runs as sent and forgets what was read, since it may change it. Each caller
 * gets its own copy of the rows, so one that sorts or edits them cannot change another's.
 */
export function requestReads(dataSource: DataSource): DataSource {
  const reads = new Map<string, Promise<unknown>>();
  const query = (sql: string, parameters?: unknown[], ...rest: unknown[]): Promise<unknown> => {
    // A statement on a caller's own query runner (a transaction) is theirs: sent as is.
    if (rest.length > 0)
      return (dataSource.query as (...args: unknown[]) => Promise<unknown>)(sql, parameters, ...rest);
    if (!READ.test(sql)) {
      reads.clear();
      return dataSource.query(sql, parameters);
    }
    const key = `${sql}\u0000${JSON.stringify(parameters ?? [])}`;
    let read = reads.get(key);
    if (!read) {
      read = dataSource.query(sql, parameters);
      reads.set(key, read);
      // A failed read is not kept: the next caller asks the database again.
      read.catch(() => reads.delete(key));
    }
    return read.then(copyRows);
  };
  return new Proxy(dataSource, {
    get(target, property) {
      if (property === 'query') return query;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function copyRows(result: unknown): unknown {
  if (!Array.isArray(result)) return result;
  return result.map((row: unknown) => (row !== null && typeof row === 'object' ? { ...row } : row));
}
