/** The last answer of a readiness check, as /health/ready serves it. */
export interface Readiness {
  ready: boolean;
  detail: Record<string, unknown>;
  checkedAt: string | null;
}

export interface ProbeOptions {
  /** Time between checks (READINESS_INTERVAL_MS, default 2 s). */
  intervalMs?: number;
  /** Consecutive failed checks before a ready service is reported not ready (default 3). */
  failuresToFail?: number;
}

/**
 * Readiness checked in the background and cached: /health/ready answers from the cache at once,
 * so a burst of health requests does not add load, and a check that fails once under load
 * (a slow answer) does not flip the service to not ready; it takes `failuresToFail` in a row.
 */
export class ReadinessProbe {
  private state: Readiness = { ready: false, detail: { reason: 'not checked yet' }, checkedAt: null };
  private failures = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly check: () => Promise<Record<string, unknown>>,
    private readonly options: ProbeOptions = {},
  ) {}

  /** Checks once now (the first answer is not a guess), then every interval. */
  async start(): Promise<void> {
    await this.checkNow();
    const interval = this.options.intervalMs ?? (Number(process.env.READINESS_INTERVAL_MS) || 2000);
    this.timer = setInterval(() => void this.checkNow(), interval);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  current(): Readiness {
    return this.state;
  }

  /** One check (never two at once); resolves when it is done. */
  checkNow(): Promise<void> {
    this.running ??= this.check()
      .then(
        (detail) => {
          this.failures = 0;
          this.state = { ready: true, detail, checkedAt: new Date().toISOString() };
        },
        (error: { detail?: Record<string, unknown> }) => {
          this.failures += 1;
          const failed = this.failures >= (this.options.failuresToFail ?? 3) || this.state.checkedAt === null;
          if (failed || !this.state.ready)
            this.state = {
              ready: false,
              detail: error.detail ?? { reason: 'check failed' },
              checkedAt: new Date().toISOString(),
            };
        },
      )
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
