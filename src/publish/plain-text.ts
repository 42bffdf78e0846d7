/**
 * @module
 * The text of sanitised body HTML, for search. Tags become spaces, so words in adjacent blocks
 * (`</p><p>`) never run together; the few entities the sanitiser writes are decoded.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'" }

/**
 * @example plainText('<p>روسيا &amp; الصين</p><p>قمة</p>') // 'روسيا & الصين قمة'
 */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
    .replace(/\s+/g, ' ')
    .trim()
}
