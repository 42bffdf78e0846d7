/**
 * @module
 * A very small XML writer: escaped text and attributes, and nothing else, which is all feeds
 * and sitemaps need. Characters XML 1.0 forbids (NUL and other C0 controls) are dropped, so no
 * stored text can make a feed unparseable.
 */

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Escapes text for element content or a double-quoted attribute. */
export function xmlEscape(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (character) => ESCAPES[character]!)
}

/** `<name attr="...">text</name>`, with the text and attributes escaped. */
export function element(
  name: string,
  text: string,
  attributes: Record<string, string> = {}
): string {
  return `<${name}${attributeList(attributes)}>${xmlEscape(text)}</${name}>`
}

export function attributeList(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${xmlEscape(value)}"`)
    .join('')
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
