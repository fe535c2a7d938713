/** Every test process signs and checks the gateway-to-subgraph hop with one test secret (see subgraph-signature.ts). */
process.env.SUBGRAPH_SECRET ??= 'test-subgraph-secret';
