import { generateFostering } from './fostering.seed';
for (const scope of ['pilot', 'national'] as const) {
  const t = Date.now();
  try {
    const r = generateFostering(scope);
    console.log(scope, Date.now() - t, 'ms', Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.length])));
  } catch (e) { console.log(scope, 'FAILED', (e as Error).message, Date.now() - t); }
}
