/**
 * @module
 * A strict Content-Security-Policy for every page: nothing loads from anywhere, no script runs.
 * The inline stylesheet and each JSON-LD data block are allowed by their SHA-256 hashes, so an
 * injected `<script>` or `<style>` could never match.
 *
 * The page renderer says what it wrote inline (`c.var.inline`): the stylesheet, a constant hashed
 * once per isolate, and the JSON-LD strings it serialised, so the page is never re-read.
 * HTML made anywhere else is read and scanned for its blocks, as before.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv, Inline } from '../app-env'
import { memoByText } from '../text/memo-by-text'
import { FRAME_NOWHERE } from './response-headers'

const JSON_LD = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g
const STYLE = /<style>([\s\S]*?)<\/style>/g

const encoder = new TextEncoder()

/** `'sha256-…'`, the CSP source that allows the inline block `text`. */
async function sha256Source(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text))
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`
}

/**
 * The source for a JSON-LD block. A page's blocks are the same on every render of the same
 * record, so each is hashed once per isolate, keyed by its whole text.
 */
const scriptSource = memoByText(sha256Source)

const constantSources = new Map<string, Promise<string>>()

/**
 * The source for a constant block (a stylesheet in the bundle), hashed once per isolate.
 * Never pass text that varies by request: it would be kept.
 */
function constantSource(text: string): Promise<string> {
  let source = constantSources.get(text)
  if (!source) {
    source = sha256Source(text)
    constantSources.set(text, source)
  }
  return source
}

const sourcesOf = (html: string, pattern: RegExp) =>
  Promise.all([...html.matchAll(pattern)].map((match) => sha256Source(match[1]!)))

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

/**
 * Policies by what was declared (an object per render).
 */
const policies = new WeakMap<Inline, string>()

async function declaredPolicy(inline: Inline): Promise<string> {
  let policy = policies.get(inline)
  if (policy === undefined) {
    const [styles, scripts] = await Promise.all([
      Promise.all(inline.styles.map(constantSource)),
      Promise.all(inline.scripts.map(scriptSource)),
    ])
    policy = policyOf(styles, scripts)
    policies.set(inline, policy)
  }
  return policy
}

/** Sets the policy on HTML responses that have none yet (the embed card brings its own). */
export const contentSecurity: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  const type = c.res.headers.get('Content-Type') ?? ''
  if (!type.startsWith('text/html') || c.res.headers.has('Content-Security-Policy')) return
  const inline = c.var.inline
  let policy: string
  if (inline) policy = await declaredPolicy(inline)
  else {
    const html = await c.res.clone().text()
    const [styles, scripts] = await Promise.all([sourcesOf(html, STYLE), sourcesOf(html, JSON_LD)])
    policy = policyOf(styles, scripts)
  }
  c.res.headers.set('Content-Security-Policy', policy)
}

/**
 * The embed card's policy: its one constant stylesheet allowed by hash, nothing else loaded or
 * run, and framing allowed anywhere (the only response that allows it).
 */
export async function embedPolicy(stylesheet: string): Promise<string> {
  return `default-src 'none'; style-src ${await constantSource(stylesheet)}; base-uri 'none'; form-action 'none'; frame-ancestors *`
}
