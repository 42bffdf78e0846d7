/**
 * @module
 * Markdown body → safe HTML, once, at publish time. Raw HTML in Markdown is not interpreted,
 * and the output still goes through an allow-list sanitiser, so nothing executable can reach
 * KV whatever an editor (or a compromised account) writes.
 */
import MarkdownIt from 'markdown-it'
import sanitizeHtml from 'sanitize-html'
import { stripBidiControls } from '../../text/bidi-controls'
import { bidiPieces } from '../../text/bidi-runs'
import { readingTimeMinutes } from '../../text/reading-time'

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false })

/** Wraps Latin and number runs of every text token in `<bdi>` (see `bidiPieces`). */
markdown.core.ruler.push('bidi_isolation', (state) => {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue
    block.children = block.children.flatMap((token) => {
      if (token.type !== 'text') return [token]
      return bidiPieces(token.content).flatMap((piece) => {
        const text = new state.Token('text', '', 0)
        text.content = piece.text
        if (!piece.isolate) return [text]
        const open = new state.Token('html_inline', '', 0)
        open.content = '<bdi>'
        const close = new state.Token('html_inline', '', 0)
        close.content = '</bdi>'
        return [open, text, close]
      })
    })
  }
})

/** The page's `<h1>` is the article title, so body headings start at `<h2>`. */
const demoteHeading = (tagName: string) => (_tag: string, attribs: sanitizeHtml.Attributes) => ({
  tagName,
  attribs,
})

const ALLOW_LIST: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'ul',
    'ol',
    'li',
    'blockquote',
    'strong',
    'em',
    'a',
    'code',
    'pre',
    'br',
    'hr',
    'bdi',
    'img',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    bdi: ['dir'],
  },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { h1: demoteHeading('h2') },
}

/** An image in the body, `![alt](images/x.jpg)`, as the publish step checks it. */
type BodyImage = {
  /** The path as written, relative to `content/`. */
  src: string
  alt: string
  /** 1-based line in the file. */
  line: number
}

export type RenderedBody = {
  /** Sanitised HTML, ready to be inserted into the page unescaped. */
  html: string
  /** Images the body shows; local ones are swapped for their variants once checked. */
  images: BodyImage[]
  /** Estimated reading time; the plain text it is counted from is not kept (it is large). */
  readingTimeMinutes: number
}

/**
 * The text of sanitised HTML, for counting words only. A regular expression is enough here, and
 * a second parse would cost a fifth of a 100k-article publish: the sanitiser has escaped every
 * `<` and `>` that is not part of a tag, attribute values included.
 */
const textOfSanitised = (html: string) => html.replace(/<[^>]*>/g, '')

/** Every image of a token stream, with its line (`firstLine` is the body's first line in the file). */
function bodyImages(tokens: ReturnType<typeof markdown.parse>, firstLine: number): BodyImage[] {
  const images: BodyImage[] = []
  for (const block of tokens) {
    for (const token of block.children ?? []) {
      if (token.type !== 'image') continue
      let src = String(token.attrGet('src') ?? '')
      try {
        src = decodeURI(src)
      } catch {
        // kept as written: the check reports it as a missing file
      }
      images.push({ src, alt: token.content.trim(), line: firstLine + (block.map?.[0] ?? 0) })
    }
  }
  return images
}

/** Renders a body whose first line is line `firstLine` of its file. */
export function renderBody(markdownText: string, firstLine = 1): RenderedBody {
  const tokens = markdown.parse(stripBidiControls(markdownText), {})
  const rendered = markdown.renderer.render(tokens, markdown.options, {})
  const html = sanitizeHtml(rendered, ALLOW_LIST).trim()
  return {
    html,
    images: bodyImages(tokens, firstLine),
    readingTimeMinutes: readingTimeMinutes(textOfSanitised(html)),
  }
}
