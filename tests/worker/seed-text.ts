/**
 * The seed article's own text (tests/fixtures/seed-article.txt, a copy of shared/seed), cut
 * into the pieces a reader must find on our pages.
 */
import seed from '../fixtures/seed-article.txt?raw'

const lines = seed.split('\n').map((line) => line.trim())
const nonEmpty = (list: string[]) => list.filter((line) => line !== '')
const stripBullet = (line: string) => line.replace(/^[-•]\s*/, '')

const sourceLine = lines.indexOf('المصدر: صدى البلد')
const readAlsoTitle = '«العدل» وجامعة الإمارات تتعاونان في الطب الشرعي'
const similarHeading = lines.indexOf('مقالات مشابهة')
const readAlsoStart = lines.indexOf(readAlsoTitle)

/** Every paragraph, heading and list item of the North Korea–Russia article, in order. */
export const NK_BLOCKS = nonEmpty(lines.slice(0, sourceLine)).map(stripBullet)

/** The keyword line's text after «كلمات دلالية:». */
export const KEYWORD_LINE = lines
  .find((line) => line.startsWith('كلمات دلالية:'))!
  .replace('كلمات دلالية:', '')
  .trim()

export const READ_ALSO_TITLE = readAlsoTitle

/** The read-also article: dateline and four paragraphs. */
export const MOJ_BLOCKS = nonEmpty(lines.slice(readAlsoStart + 1, similarHeading))

/** «مقالات مشابهة», in the seed's order. */
export const SIMILAR_TITLES = nonEmpty(lines.slice(similarHeading + 1)).map(stripBullet)

/** The seed's near-duplicate of the read-also headline, reworded. */
export const READ_ALSO_REWORDED = 'تعاون بين «العدل» و«جامعة الإمارات» في مجال الطب الشرعي'

/** «مقالات مشابهة» as readers should get it: the read-also article and its rewording dropped. */
export const SIMILAR_TITLES_SHOWN = SIMILAR_TITLES.filter(
  (title) => title !== READ_ALSO_TITLE && title !== READ_ALSO_REWORDED
)

/** The page as a reader's text runs: `<bdi>` isolation removed, escaping undone. */
export function readerText(html: string): string {
  return decodeEntities(html.replace(/<\/?bdi>/g, ''))
}

/** Undoes the escaping hono/jsx applies, to compare page text with the seed. */
export function decodeEntities(html: string): string {
  return html
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
}
