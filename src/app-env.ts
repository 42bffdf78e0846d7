/**
 * @module
 * The Hono environment of the Worker: its bindings, as `wrangler types` generated them from
 * `wrangler.toml` (`worker-configuration.d.ts`), and the values set once per request and read
 * further down the chain (`c.set` / `c.var`), so the flow of each is visible in one type.
 */

import type { SiteRecord } from './schema/stored/site-record'

/** What a page holds inline: constant stylesheets, and JSON-LD blocks. */
export type Inline = { readonly styles: readonly string[]; readonly scripts: readonly string[] }

/** A response body as bytes, with its strong ETag. */
export type FinishedBody = { readonly bytes: Uint8Array<ArrayBuffer>; readonly etag: string }

type Variables = {
  /** When the request arrived, in ms: the one clock reading it is answered by (`requestContext`). */
  now: number
  /** The origin of absolute URLs, e.g. `https://minbar.example` (`requestContext`). */
  origin: string
  /** The publication: name, sections, pages, policies (`siteContext`; see `siteOf`). */
  site?: SiteRecord
  /** What the page renderer wrote inline, for the page's CSP hashes (`contentSecurity`). */
  inline?: Inline
  /** The page's bytes as the renderer made them, so the edge cache need not read them back. */
  body?: FinishedBody
}

export type AppEnv = { Bindings: Env; Variables: Variables }
