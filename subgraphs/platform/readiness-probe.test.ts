import { ReadinessProbe } from './readiness-probe';

/**
 * Readiness from the background check: not ready until checked, and a ready service turns not ready
 * only after three failed checks in a row.
 */
describe('ReadinessProbe', () => {
  it('turns not ready after three failed checks in a row, and ready again after one good one', async () => {
    const results: boolean[] = [];
    const probe = new ReadinessProbe(
      async () => {
        if (!results.shift())
          throw Object.assign(new Error('down'), { detail: { subgraphs: { adoption: 'unreachable' } } });
        return { subgraphs: { adoption: 'ok' } };
      },
      { intervalMs: 60_000, failuresToFail: 3 },
    );
    expect(probe.current().ready).toBe(false); // never checked
    results.push(true, false, false, false, true);
    await probe.start();
    expect(probe.current()).toMatchObject({ ready: true, detail: { subgraphs: { adoption: 'ok' } } });
    await probe.checkNow();
    await probe.checkNow();
    expect(probe.current().ready).toBe(true); // two slow or failed checks under load do not flip it
    await probe.checkNow();
    expect(probe.current()).toMatchObject({ ready: false, detail: { subgraphs: { adoption: 'unreachable' } } });
    await probe.checkNow();
    expect(probe.current().ready).toBe(true);
    probe.stop();
  });

  it('is not ready at once when its first check fails', async () => {
    const probe = new ReadinessProbe(async () => Promise.reject(new Error('no database')), { intervalMs: 60_000 });
    await probe.start();
    expect(probe.current()).toMatchObject({ ready: false, detail: { reason: 'check failed' } });
    probe.stop();
  });
});
