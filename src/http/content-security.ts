/**
 * @module
 * A strict Content-Security-Policy for every page: nothing loads from anywhere, no script runs.
 * The inline stylesheet and each JSON-LD data block are allowed by their SHA-256 hashes, worked
 * out from the page itself, so an injected `<script>` or `<style>` could never match.
 */
import type { MiddlewareHandler } from 'hono'
import { FRAME_NOWHERE } from './security-headers'

const JSON_LD = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g
const STYLE = /<style>([\s\S]*?)<\/style>/g

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`
}

const hashesOf = (html: string, pattern: RegExp) =>
  Promise.all([...html.matchAll(pattern)].map((match) => sha256(match[1]!)))

/** Sets the policy on HTML responses that have none yet (the embed card brings its own). */
export const contentSecurity: MiddlewareHandler = async (c, next) => {
  await next()
  const type = c.res.headers.get('Content-Type') ?? ''
  if (!type.startsWith('text/html') || c.res.headers.has('Content-Security-Policy')) return
  const html = await c.res.clone().text()
  const [styles, scripts] = await Promise.all([hashesOf(html, STYLE), hashesOf(html, JSON_LD)])
  const policy = [
    "default-src 'none'",
    `style-src ${styles.join(' ') || "'none'"}`,
    `script-src ${scripts.join(' ') || "'none'"}`,
    "img-src 'self' https:",
    "base-uri 'none'",
    "form-action 'none'",
    FRAME_NOWHERE,
  ].join('; ')
  c.res.headers.set('Content-Security-Policy', policy)
}
