/** GATEWAY_PORT, default 4000 (a file of its own: the container health check reads it without loading Apollo). */
export function gatewayPort(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.GATEWAY_PORT ?? 4000);
}
