/**
 * @module
 * One clock reading per request: the edge-cache lookup made before the app runs (`edge-hit.ts`)
 * hands its reading to the app's `requestContext`. Both must see the same instant, or an article
 * coming due between two readings could be rendered under a cache key made before it.
 */

const times = new WeakMap<Request, number>()

/** Hands the reading `now` that `request` was looked up at to the app. */
export function handOverTime(request: Request, now: number): void {
  times.set(request, now)
}

/** When `request` is answered, in ms since the epoch: the reading handed over, or now. */
export const requestTime = (request: Request): number => times.get(request) ?? Date.now()
