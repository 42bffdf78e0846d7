import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_VERSION_MEMO_MS,
  getContentVersion,
  versionMemoMs,
} from '../../src/store/content-version'
import { bumpContentVersion, loadSeed } from './seed'

beforeEach(loadSeed)

describe('the content version an isolate keeps', () => {
  it('is read again once it is older than the memo time, and at once with a memo time of 0', async () => {
    const start = 1_000_000
    const first = (await getContentVersion(env.CONTENT, start, 1000))!.content_version
    await bumpContentVersion()
    expect((await getContentVersion(env.CONTENT, start + 999, 1000))!.content_version).toBe(first)
    const second = (await getContentVersion(env.CONTENT, start + 1000, 1000))!.content_version
    expect(second).not.toBe(first)
    await bumpContentVersion()
    expect((await getContentVersion(env.CONTENT, start + 1001, 0))!.content_version).not.toBe(
      second
    )
  })

  it('is read again when the clock goes backwards', async () => {
    const first = (await getContentVersion(env.CONTENT, 2_000_000, 1000))!.content_version
    await bumpContentVersion()
    expect((await getContentVersion(env.CONTENT, 1_999_999, 1000))!.content_version).not.toBe(first)
  })

  it.each([
    [undefined, DEFAULT_VERSION_MEMO_MS],
    ['', DEFAULT_VERSION_MEMO_MS],
    ['abc', DEFAULT_VERSION_MEMO_MS],
    ['-5', DEFAULT_VERSION_MEMO_MS],
    ['1.5', DEFAULT_VERSION_MEMO_MS],
    ['0', 0],
    ['250', 250],
  ])('takes VERSION_MEMO_MS=%j as %d ms', (setting, ms) => {
    expect(versionMemoMs(setting)).toBe(ms)
  })
})
