/**
 * @module
 * Markdown body → safe HTML, once, at publish time. Raw HTML in Markdown is not interpreted,
 * and the output still goes through an allow-list sanitiser, so nothing executable can reach
 * KV whatever an editor (or a compromised account) writes.
 */
import MarkdownIt from 'markdown-it'
import sanitizeHtml from 'sanitize-html'

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false })

/** The page's `<h1>` is the article title, so body headings start at `<h2>`. */
const demoteHeading = (tagName: string) => (_tag: string, attribs: sanitizeHtml.Attributes) => ({ tagName, attribs })

const ALLOW_LIST: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'a', 'code', 'pre', 'br', 'hr', 'bdi', 'img'],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'], ol: ['start'], bdi: ['dir'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { h1: demoteHeading('h2') },
}

export type RenderedBody = {
  /** Sanitised HTML, ready to be inserted into the page unescaped. */
  html: string
  /** The same content as plain text, for word counts. */
  text: string
}

export function renderBody(markdownText: string): RenderedBody {
  const html = sanitizeHtml(markdown.render(markdownText), ALLOW_LIST).trim()
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
  return { html, text }
}
