/**
 * @module
 * What a route made from one frozen record at one origin, kept by that record object for as long
 * as it lives. The store hands out the same deeply frozen object for as long as KV answers with
 * exactly the text it was parsed from (`parsed-records.ts`); such an object can never change, so
 * neither can what is made from it and the origin alone. A changed record is a new object, and a
 * record the parse memo lets go takes what was kept with it (the map is weak).
 *
 * This is what makes a publish cheap for the articles it did not touch: a publish changes every
 * edge-cache key at once, and each response is then made again, though most records come back
 * from KV byte for byte as they were.
 */

/**
 * A store of values made from a frozen record and an origin. A record that is not frozen (a view
 * made for one request, such as `releasedView` with links hidden) is never kept.
 */
export function keptByRecord<T>() {
  const kept = new WeakMap<object, { origin: string; value: T }>()
  return {
    /** What was made from `record` at `origin`, if it was kept. */
    get(record: object, origin: string): T | undefined {
      const known = kept.get(record)
      return known?.origin === origin ? known.value : undefined
    },
    /** Keeps `value`, made from `record` at `origin` and nothing else. */
    keep(record: object, origin: string, value: T): void {
      if (Object.isFrozen(record)) kept.set(record, { origin, value })
    },
  }
}
