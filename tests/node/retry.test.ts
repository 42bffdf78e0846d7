import { describe, expect, it } from 'vitest'
import {
  backoffMs,
  GaveUpError,
  retryAfterMs,
  TransientError,
  withRetry,
  type RetryOptions,
} from '../../src/publish/cloudflare/retry'

/** Retry options whose sleeps are recorded instead of slept, with the dice at `dice`. */
function recorded(tries: number, dice = 1) {
  const waits: number[] = []
  const options: RetryOptions = {
    tries,
    baseMs: 500,
    maxMs: 60_000,
    random: () => dice,
    sleep: async (ms) => void waits.push(ms),
  }
  return { options, waits }
}

describe('withRetry', () => {
  it('retries transient failures with growing waits and returns the first success', async () => {
    const { options, waits } = recorded(6)
    let tries = 0
    const value = await withRetry(async () => {
      if (++tries < 4) throw new TransientError('503')
      return 'landed'
    }, options)
    expect(value).toBe('landed')
    expect(waits).toEqual([500, 1000, 2000])
  })

  it('waits at least what Retry-After asks, even when the backoff is shorter', async () => {
    const { options, waits } = recorded(3, 0)
    let tries = 0
    await withRetry(async () => {
      if (++tries === 1) throw new TransientError('429', 1000)
      return 'ok'
    }, options)
    expect(waits).toEqual([1000])
  })

  it('gives up after the last try, naming the failure and the tries', async () => {
    const { options, waits } = recorded(3)
    const failing = withRetry(async () => {
      throw new TransientError('PUT /bulk: 500 Internal Server Error')
    }, options)
    await expect(failing).rejects.toBeInstanceOf(GaveUpError)
    await expect(failing).rejects.toThrow('PUT /bulk: 500 Internal Server Error (3 tries)')
    expect(waits).toHaveLength(2)
  })

  it('does not retry an error that retrying cannot mend', async () => {
    const { options, waits } = recorded(6)
    let tries = 0
    await expect(
      withRetry(async () => {
        tries++
        throw new Error('403 Authentication error')
      }, options)
    ).rejects.toThrow('403')
    expect(tries).toBe(1)
    expect(waits).toEqual([])
  })
})

describe('backoff and Retry-After', () => {
  it('caps every wait, and spreads waits over the whole range (full jitter)', () => {
    const options: RetryOptions = { tries: 20, baseMs: 500, maxMs: 30_000, random: () => 0.5 }
    expect(backoffMs(0, options)).toBe(250)
    expect(backoffMs(3, options)).toBe(2000)
    expect(backoffMs(12, options)).toBe(15_000)
    expect(backoffMs(1, options, 120_000)).toBe(30_000)
  })

  it.each([
    ['1', 1000],
    [' 30 ', 30_000],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('reads Retry-After %j as %j ms', (header, ms) => {
    expect(retryAfterMs(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(ms)
  })
})
