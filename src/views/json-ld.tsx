/**
 * @module
 * A `<script type="application/ld+json">` data block. `<` is written as `\u003c`, so no text in
 * the data (a headline with `</script>` in it) can end the block early.
 */
import { raw } from 'hono/html'
import type { JsonLdObject } from '../seo/json-ld'

export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

export function JsonLd({ data }: { data: JsonLdObject }) {
  return <script type="application/ld+json">{raw(serializeJsonLd(data))}</script>
}
