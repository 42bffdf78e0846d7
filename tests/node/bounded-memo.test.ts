/**
 * The one cache primitive bounds its size and forgets the least recently used entry first, as
 * `src/cache/bounded-memo.ts` and `docs/caching.md` say.
 */
import { describe, expect, it } from 'vitest'
import { boundedMemo } from '../../src/cache/bounded-memo'

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
