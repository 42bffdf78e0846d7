/**
 * @module
 * The text of a sanitised HTML fragment, for the places that take plain text: the search index
 * (an article's body), meta descriptions and JSON-LD `description`s (an author's bio, a page).
 * Block tags become spaces, so words in adjacent blocks (`</p><p>`) never run together; inline
 * tags (the `<bdi>` around every Latin run, emphasis, links) vanish, so they never split a word.
 */

/** The entities the publish step's sanitiser writes. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

/** Tags the sanitiser allows inside a line of text (see `publish/content/render-body.ts`). */
const INLINE_TAGS = /<\/?(?:bdi|strong|em|a|code)\b[^>]*>/g

/**
 * The reader's text of `html`: inline tags dropped, block tags as spaces, entities decoded, runs
 * of white space made one space.
 * @example
 * plainText('<p>سيرة &amp; أعمال</p>\n<p>ثانية</p>') // 'سيرة & أعمال ثانية'
 */
export function plainText(html: string): string {
  return html
    .replace(INLINE_TAGS, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
      if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? entity
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    })
    .replace(/\s+/g, ' ')
    .trim()
}

/** `text` cut at a word to at most `max` characters, with «…» when cut (meta descriptions). */
export function shortened(text: string, max = 160): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut}…`
}
