/**
 * @module
 * The Hono environment of the Worker: its bindings, as `wrangler types` generated them from
 * `wrangler.toml` (`worker-configuration.d.ts`), and the values set once per request.
 */

type Variables = {
  /** When the request arrived, in ms: the one clock reading it is answered by (`requestContext`). */
  now: number
  /** The origin of absolute URLs, e.g. `https://minbar.example` (`requestContext`). */
  origin: string
}

export type AppEnv = { Bindings: Env; Variables: Variables }
