/**
 * The one cache primitive bounds its size and forgets the least recently used entry first, as
 * `src/cache/bounded-memo.ts` and `docs/caching.md` say; and every memo the code makes is listed
 * in `docs/caching.md` with the bound the code gives it.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { boundedMemo, memosMade } from '../../src/cache/bounded-memo'

describe('boundedMemo', () => {
  it('never holds more than its bound, whatever is written', () => {
    const memo = boundedMemo<number>('test: bound', 3)
    for (let i = 0; i < 1000; i++) {
      memo.set(`key ${i}`, i)
      expect(memo.size).toBeLessThanOrEqual(3)
    }
    expect(memo.size).toBe(3)
    expect([997, 998, 999].map((i) => memo.get(`key ${i}`))).toEqual([997, 998, 999])
  })

  it('forgets the least recently used entry first: a read keeps an entry', () => {
    const memo = boundedMemo<string>('test: order', 2)
    memo.set('a', 'A')
    memo.set('b', 'B')
    expect(memo.get('a')).toBe('A') // a is now newer than b
    memo.set('c', 'C') // b goes
    expect(memo.has('b')).toBe(false)
    expect(memo.get('a')).toBe('A')
    expect(memo.get('c')).toBe('C')
    memo.set('a', 'A2') // writing refreshes too: c is now the oldest
    memo.set('d', 'D')
    expect(memo.has('c')).toBe(false)
    expect([memo.get('a'), memo.get('d')]).toEqual(['A2', 'D'])
  })

  it('refuses a bound below 1 and a name made twice', () => {
    expect(() => boundedMemo('test: zero', 0)).toThrow(RangeError)
    boundedMemo('test: once', 1)
    expect(() => boundedMemo('test: once', 1)).toThrow(/exists already/)
  })
})
describe('docs/caching.md', () => {
  it('lists every memo of the Worker and the publish step with its bound', async () => {
    // Importing the Worker and the publish step makes their memos, as they are made in production.
    await import('../../src/index')
    await import('../../src/publish/build-content')
    const doc = readFileSync('docs/caching.md', 'utf8')
    const made = [...memosMade()].filter(([name]) => !name.startsWith('test: '))
    expect(made.length).toBeGreaterThan(0)
    for (const [name, max] of made) {
      const row = doc.split('\n').find((line) => line.startsWith(`| ${name} |`))
      expect(row, `docs/caching.md has no row for «${name}»`).toBeDefined()
      expect(row, `«${name}» is bounded to ${max} in the code`).toContain(
        `| ${max.toLocaleString('en')} |`
      )
    }
  })
})
