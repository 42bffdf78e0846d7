/**
 * @module
 * The Worker's bindings, as declared in `wrangler.toml`.
 */

export type Bindings = {
  /** Published content, written only by `npm run publish`. */
  CONTENT: KVNamespace
  /** Canonical origin for absolute URLs, e.g. `https://minbar.example`. Empty means "the request's". */
  SITE_URL?: string
  /** How long an isolate keeps the content version it read, in ms (see `getContentVersion`). */
  VERSION_MEMO_MS?: string
}

export type Variables = {
  /** When the request arrived, in ms: the one clock reading it is answered by (`requestTime`). */
  now: number
}

export type AppEnv = { Bindings: Bindings; Variables: Variables }
