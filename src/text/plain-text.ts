/**
 * @module
 * The text of a sanitised HTML fragment (an author's bio, a static page), for the places that
 * take plain text: meta descriptions and JSON-LD `description`s.
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

/**
 * The reader's text of `html`: tags dropped (each as a space, so words in two paragraphs stay
 * apart), entities decoded, runs of white space made one space.
 * @example
 * plainText('<p>سيرة &amp; أعمال</p>\n<p>ثانية</p>') // 'سيرة & أعمال ثانية'
 */
export function plainText(html: string): string {
  return html
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
