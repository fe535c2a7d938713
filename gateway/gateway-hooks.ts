import { HttpHook } from '../subgraphs/platform/http-service';
import { boardHook } from './board/board-route';
import { corsHook, corsPolicy } from './cors';
import { ideHook } from './ide/ide-route';
import { GatewayMetrics } from './metrics';

/** What the gateway serves beside GraphQL, in order: CORS first (it adds headers to every answer). */
export function gatewayHooks(metrics: GatewayMetrics): HttpHook[] {
  return [corsHook(corsPolicy()), metrics.hook(), boardHook(), ideHook()];
}
