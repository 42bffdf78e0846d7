/**
 * @module
 * The JSX runtime of every `.tsx` file (`jsxImportSource` in tsconfig.base.json names `#jsx`, the
 * package.json `imports` entry that points here). It builds the page as a string while the
 * components run: the same components and the same bytes as hono/jsx (the golden responses test
 * holds them), without the element tree, the render buffer and the head-hoisting pass hono/jsx
 * runs on every `<title>`, `<meta>`, `<link>`, `<style>` and `<script>`. On the bench's first
 * render that is a fifth of the CPU (docs/performance.md).
 *
 * Escaping stays automatic: every string child and attribute value is escaped as hono/jsx escapes
 * it; only values already marked escaped (elements built here, hono's `raw()`) are written as
 * they are. What this runtime does not support (async components, style objects,
 * `dangerouslySetInnerHTML`, function props) throws rather than render differently.
 */
import { raw } from 'hono/html'

type HtmlEscapedString = ReturnType<typeof raw>

export type { JSX } from 'hono/jsx/jsx-runtime'

/** Elements written as `<tag/>` when they have no children, as hono/jsx writes them. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

/** Attributes written as `name=""` when true and left out when false, as hono/jsx does. */
const BOOLEAN = new Set([
  'allowfullscreen',
  'async',
  'autofocus',
  'autoplay',
  'checked',
  'controls',
  'default',
  'defer',
  'disabled',
  'download',
  'formnovalidate',
  'hidden',
  'inert',
  'ismap',
  'itemscope',
  'loop',
  'multiple',
  'muted',
  'nomodule',
  'novalidate',
  'open',
  'playsinline',
  'readonly',
  'required',
  'reversed',
  'selected',
  'shadowrootclonable',
  'shadowrootdelegatesfocus',
  'shadowrootserializable',
])

/** React-style prop names hono/jsx writes as HTML attribute names. */
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  crossOrigin: 'crossorigin',
  httpEquiv: 'http-equiv',
  itemProp: 'itemprop',
  fetchPriority: 'fetchpriority',
  noModule: 'nomodule',
  formAction: 'formaction',
}

/** Names hono/jsx writes; any other prop is left out. */
const VALID_ATTRIBUTE = /^[A-Za-z0-9\-_.:]+$/

type Props = Record<string, unknown> & { children?: unknown }
type Component = (props: Props) => unknown

/** What hono/jsx escapes; most text has none, and is written as it is. */
const NEEDS_ESCAPING = /[&<>'"]/
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
}

function escape(text: string): string {
  return NEEDS_ESCAPING.test(text) ? text.replace(/[&<>'"]/g, (char) => ESCAPES[char]!) : text
}

/** Already HTML: an element built here, or a `raw()` string. */
const isEscaped = (value: object): boolean => (value as { isEscaped?: unknown }).isEscaped === true

function unsupported(what: string): never {
  throw new Error(`the string JSX runtime does not support ${what}`)
}

/** The HTML of a child: text escaped, markup as it is, nothing for null, undefined and booleans. */
function childHtml(child: unknown): string {
  if (typeof child === 'string') return escape(child)
  if (child === null || child === undefined || typeof child === 'boolean') return ''
  if (typeof child === 'number') return String(child)
  if (Array.isArray(child)) {
    let html = ''
    for (const each of child) html += childHtml(each)
    return html
  }
  if (typeof child === 'object' && !(child instanceof Promise) && isEscaped(child)) {
    const html: unknown = (child as { toString(): unknown }).toString()
    if (typeof html !== 'string') unsupported('asynchronous children')
    return html
  }
  return unsupported(`a child of type ${typeof child}`)
}

function attributeHtml(name: string, value: unknown): string {
  if (name === 'children' || name === 'key' || name === 'ref' || value == null) return ''
  if (!VALID_ATTRIBUTE.test(name)) return ''
  if (typeof value === 'boolean' && BOOLEAN.has(name)) return value ? ` ${name}=""` : ''
  if (typeof value === 'string') return ` ${name}="${escape(value)}"`
  if (typeof value === 'number') return ` ${name}="${value}"`
  if (typeof value === 'boolean') return ` ${name}="${value}"`
  if (value instanceof String && isEscaped(value)) return ` ${name}="${value.toString()}"`
  return unsupported(`the ${typeof value} value of attribute ${name}`)
}

function element(tag: string, props: Props): string {
  let html = `<${tag}`
  for (const key in props) {
    const value = props[key]
    if (key === 'dangerouslySetInnerHTML') unsupported('dangerouslySetInnerHTML')
    if (key === 'style' && typeof value === 'object' && value !== null) unsupported('style objects')
    html += attributeHtml(ATTRIBUTE_NAMES[key] ?? key, value)
  }
  const children = props.children
  if (
    VOID.has(tag) &&
    (!('children' in props) || (Array.isArray(children) && children.length === 0))
  )
    return `${html}/>`
  return `${html}>${childHtml(children)}</${tag}>`
}

/** `<tag {...props}>`: the element's HTML, built now. */
export function jsx(tag: string | Component, props: Props): HtmlEscapedString {
  if (typeof tag === 'function') return raw(childHtml(tag(props)))
  return raw(element(tag, props))
}

export { jsx as jsxs }

export function Fragment({ children }: Props): HtmlEscapedString {
  return raw(childHtml(children))
}
