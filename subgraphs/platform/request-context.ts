import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Viewer } from './identity';
import { requestReads } from './request-reads';

/**
 * What every resolver receives: who is asking, this request's DataLoaders, and its database, on
 * which no read statement runs twice (see request-reads.ts). Loaders and reads live for one
 * request only, so batching never leaks data between callers.
 */
export class RequestContext {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  readonly dataSource: DataSource;

  constructor(
    dataSource: DataSource,
    readonly viewer: Viewer = { kind: 'ANONYMOUS' },
  ) {
    this.dataSource = requestReads(dataSource);
  }

  /**
   * The request's loader called `name`, created on first use. All loads made while resolving one
   * level of a query are batched into one call of `batch`.
   */
  loader<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<V[]>,
    cacheKey?: (key: K) => string,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, string>((keys) => batch(keys), {
        cacheKeyFn: cacheKey ?? ((key: K) => (typeof key === 'string' ? key : JSON.stringify(key))),
      });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
