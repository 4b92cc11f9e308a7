import type { Logger } from '@/server/logger';

/**
 * Up/down state of a shared cache layer. Logs on transitions only: one warning when it goes
 * down and one info line when it is back, never once per request.
 */
export class Availability {
  private up = true;
  private retryAt = 0;

  constructor(
    private readonly log: Logger,
    private readonly name: string,
    /** How long to skip the layer after a failure before trying again (HTTP layers have no reconnect events). */
    private readonly retryAfterMs = 5_000,
  ) {}

  /** Up, or down long enough ago that one request may probe it. */
  get usable(): boolean {
    return this.up || Date.now() >= this.retryAt;
  }

  get isUp(): boolean {
    return this.up;
  }

  markDown(error: unknown): void {
    this.retryAt = Date.now() + this.retryAfterMs;
    if (!this.up) return;
    this.up = false;
    this.log.warn(
      { cache: this.name, err: error instanceof Error ? error.message : String(error) },
      'cache layer unavailable: serving without it until it recovers',
    );
  }

  markUp(): void {
    if (this.up) return;
    this.up = true;
    this.log.info({ cache: this.name }, 'cache layer recovered');
  }
}
