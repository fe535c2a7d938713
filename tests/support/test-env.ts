/** Every test process signs and checks the gateway-to-subgraph hop with one test secret (see subgraph-signature.ts). */
process.env.SUBGRAPH_SECRET ??= 'test-subgraph-secret';
/**
 * Test machines run both backends' suites side by side on two cores: a gateway waits a minute for a
 * subgraph here (production's default is 10 s; the time-out suites set their own, short one).
 */
process.env.SUBGRAPH_TIMEOUT_MS ??= '60000';
/** Suites read the services' error lines; one info line per request would bury them (the logging suite sets info). */
process.env.LOG_LEVEL ??= 'warn';
