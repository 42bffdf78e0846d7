/**
 * @module
 * Retrying a request that failed for a reason that passes: a 429 or a 5xx from the API, or a
 * connection that broke. Waits grow exponentially with full jitter (so many publishers that failed
 * together do not retry together), and an answer's `Retry-After` is honoured when it asks for more.
 */

export type RetryOptions = {
  /** Tries in all, the first included. */
  tries: number
  /** The first wait's upper bound; each later one doubles it. */
  baseMs: number
  /** No wait is longer than this, whatever `Retry-After` asks. */
  maxMs: number
  /** For tests: the clock and the dice. */
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

/** Six tries over about half a minute: enough to ride out a rate limit or a brief outage. */
export const DEFAULT_RETRY: RetryOptions = { tries: 6, baseMs: 500, maxMs: 60_000 }

/** A failure that may pass if the same request is sent again, after `retryAfterMs` if known. */
export class TransientError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number
  ) {
    super(message)
  }
}

/** A failure that retrying cannot mend, with the tries it took. */
export class GaveUpError extends Error {
  constructor(
    readonly lastError: TransientError,
    readonly tries: number
  ) {
    super(`${lastError.message} (${tries} tries)`)
  }
}

/** `Retry-After` in milliseconds: seconds or an HTTP date, per RFC 9110; `undefined` if absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** The wait before try `retry + 1`: full jitter over an exponential bound, at least `Retry-After`. */
export function backoffMs(retry: number, options: RetryOptions, retryAfter?: number): number {
  const random = options.random ?? Math.random
  const jittered = random() * Math.min(options.maxMs, options.baseMs * 2 ** retry)
  return Math.min(options.maxMs, Math.max(jittered, retryAfter ?? 0))
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs `attempt` until it succeeds, retrying only on `TransientError`.
 * @throws GaveUpError after `options.tries` transient failures; any other error at once.
 * @example
 * const text = await withRetry(() => getValue(key), DEFAULT_RETRY)
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  options: RetryOptions = DEFAULT_RETRY
): Promise<T> {
  const sleep = options.sleep ?? realSleep
  for (let retry = 0; ; retry++) {
    try {
      return await attempt()
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      if (retry + 1 >= options.tries) throw new GaveUpError(error, retry + 1)
      await sleep(backoffMs(retry, options, error.retryAfterMs))
    }
  }
}
