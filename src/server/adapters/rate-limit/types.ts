/** A fixed-window limit: at most `points` actions per `durationSeconds` for one key. */
export interface RateLimitPolicy {
  /** Namespaces the keys of one policy ("sign-in:email"). */
  name: string;
  points: number;
  durationSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** When refused: seconds until the next action is allowed. */
  retryAfterSeconds: number;
  remaining: number;
}

export interface RateLimiter {
  /** Counts one action for `key` under `policy` and says whether it is allowed. Never throws. */
  consume(policy: RateLimitPolicy, key: string): Promise<RateLimitResult>;
  /** Forgets the key's count (a successful sign-in clears its failures). */
  reset(policy: RateLimitPolicy, key: string): Promise<void>;
  readonly description: string;
}
