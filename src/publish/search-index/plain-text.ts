/**
 * @module
 * The text of sanitised body HTML, for search. Block tags become spaces, so words in adjacent
 * blocks (`</p><p>`) never run together; inline tags (the `<bdi>` around every Latin run, emphasis,
 * links) vanish, so they never split a word; the few entities the sanitiser writes are decoded.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
  '#x27': "'",
}

/** Tags the sanitiser allows inside a line of text (see `content/render-body.ts`). */
const INLINE_TAGS = /<\/?(?:bdi|strong|em|a|code)\b[^>]*>/g

/**
 * @example plainText('<p>روسيا &amp; الصين</p><p>قمة</p>') // 'روسيا & الصين قمة'
 */
export function plainText(html: string): string {
  return html
    .replace(INLINE_TAGS, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
    .replace(/\s+/g, ' ')
    .trim()
}
