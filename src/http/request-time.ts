/**
 * @module
 * One clock reading per request, whoever asks first: the edge-cache lookup made before the app
 * runs (`edge-hit.ts`) or the app's `requestContext`. Both must see the same instant, or an
 * article coming due between two readings could be rendered under a cache key made before it.
 */

const times = new WeakMap<Request, number>()

/** When `request` is answered, in ms since the epoch: read once, then the same. */
export function requestTime(request: Request): number {
  let time = times.get(request)
  if (time === undefined) {
    time = Date.now()
    times.set(request, time)
  }
  return time
}
