/**
 * @module
 * The one cache primitive of the Worker and the publish step: a map bounded to `max` entries
 * that forgets the least recently used entry when a new one would pass the bound (an LRU, from
 * the `tiny-lru` package). Every memo in the code is made here, under a name, so that what the
 * isolate or the publish keeps can be listed in one place: `docs/caching.md` gives each memo's
 * key, bound and what it saves, and a test holds the list against the code.
 *
 * Use a memo only for values that depend on nothing but the key: it answers what computing again
 * would, so it can never serve a wrong value, only a stale one if the key does not say everything.
 */
import { LRU } from 'tiny-lru'

/** A bounded memo: `get`, `set`, `has`, `delete`, `size` and `max`, as tiny-lru has them. */
export type BoundedMemo<V> = LRU<V>

const registry = new Map<string, number>()

/**
 * A memo of at most `max` entries, the least recently used (read or written) going first.
 * @param name What it keeps, as `docs/caching.md` names it; each name is made once.
 * @example
 * const parsed = boundedMemo<ParsedRecord>('parsed records', 64)
 * parsed.set(key, record)
 * parsed.get(key) // the record, now the most recently used
 */
export function boundedMemo<V>(name: string, max: number): BoundedMemo<V> {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`${name}: max must be ≥ 1`)
  if (registry.has(name)) throw new Error(`a memo named «${name}» exists already`)
  registry.set(name, max)
  return new LRU<V>(max)
}

/** Every memo made so far in this isolate or process, by name, with its bound. */
export const memosMade = (): ReadonlyMap<string, number> => registry
