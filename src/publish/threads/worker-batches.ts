/**
 * @module
 * How much goes to or comes from a publish worker thread at a time, for both kinds of worker
 * (`load-worker.ts`, `record-worker.ts`).
 */

/**
 * Whether a batch of items on its way to or from a worker is full: 500 items, or fewer when
 * their HTML passes 8 M characters (a few huge articles), so one batch always fits the
 * worker's heap.
 */
export const batchIsFull = (items: number, htmlChars: number) =>
  items >= 500 || htmlChars > 8_000_000
