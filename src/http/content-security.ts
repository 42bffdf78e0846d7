/**
 * @module
 * A strict Content-Security-Policy for every page: nothing loads from anywhere, no script runs.
 * The inline stylesheet and each JSON-LD block are allowed by their SHA-256 hashes, so an
 * injected `<script>` or `<style>` could never match.
 *
 * The page renderer says what it wrote inline (`c.var.inline`: the stylesheet and the JSON-LD
 * strings it serialised), so the page is not read again for them. HTML made anywhere else is read
 * and scanned for its blocks.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'
import { FRAME_NOWHERE } from './response-headers'

const JSON_LD = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g
const STYLE = /<style>([\s\S]*?)<\/style>/g

const encoder = new TextEncoder()

/** `'sha256-…'`, the CSP source that allows the inline block `text`. */
async function sha256Source(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text))
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`
}

const sourcesOf = (blocks: readonly string[]) => Promise.all(blocks.map(sha256Source))

const blocksOf = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].map((match) => match[1]!)

/** The policy of a page whose inline blocks have these sources. */
const policyOf = (styles: readonly string[], scripts: readonly string[]) =>
  [
    "default-src 'none'",
    `style-src ${styles.join(' ') || "'none'"}`,
    `script-src ${scripts.join(' ') || "'none'"}`,
    "img-src 'self' https:",
    // Nothing on a page fetches, but tools read the site's own files from it (Lighthouse: robots.txt).
    "connect-src 'self'",
    "base-uri 'none'",
    // The search form in every page's header submits to this site.
    "form-action 'self'",
    FRAME_NOWHERE,
  ].join('; ')

/** Sets the policy on HTML responses that have none yet (the embed card brings its own). */
export const contentSecurity: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  const type = c.res.headers.get('Content-Type') ?? ''
  if (!type.startsWith('text/html') || c.res.headers.has('Content-Security-Policy')) return
  let inline = c.var.inline
  if (!inline) {
    const html = await c.res.clone().text()
    inline = { styles: blocksOf(html, STYLE), scripts: blocksOf(html, JSON_LD) }
  }
  const [styles, scripts] = await Promise.all([sourcesOf(inline.styles), sourcesOf(inline.scripts)])
  c.res.headers.set('Content-Security-Policy', policyOf(styles, scripts))
}

/**
 * The embed card's policy: its one stylesheet allowed by hash, nothing else loaded or run, and
 * framing allowed anywhere (the only response that allows it).
 */
export async function embedPolicy(stylesheet: string): Promise<string> {
  return `default-src 'none'; style-src ${await sha256Source(stylesheet)}; base-uri 'none'; form-action 'none'; frame-ancestors *`
}
