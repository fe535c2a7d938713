/** READINESS_TIMEOUT_MS: how long one readiness check waits for a subgraph (default 3 s). */
const timeoutMs = () => Number(process.env.READINESS_TIMEOUT_MS) || 3000;

/**
 * One readiness check of the gateway: every subgraph's own /health/ready answers 200. The detail
 * names each subgraph's state (never its URL or the network error, which may be internal).
 */
export async function subgraphsReady(urls: Record<string, string>): Promise<Record<string, unknown>> {
  const states = await Promise.all(
    Object.entries(urls).map(async ([name, url]): Promise<[string, string]> => {
      try {
        const response = await fetch(url.replace(/\/graphql$/, '/health/ready'), {
          signal: AbortSignal.timeout(timeoutMs()),
        });
        await response.body?.cancel();
        return [name, response.ok ? 'ok' : `HTTP ${response.status}`];
      } catch (error) {
        return [name, (error as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable'];
      }
    }),
  );
  const subgraphs = Object.fromEntries(states);
  if (states.some(([, state]) => state !== 'ok'))
    throw Object.assign(new Error('subgraphs not ready'), { detail: { subgraphs } });
  return { subgraphs };
}
