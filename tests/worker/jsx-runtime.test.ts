/**
 * The string JSX runtime (`src/views/jsx`) writes what hono/jsx writes, escaping included; the
 * golden responses hold it for every page, and this for the cases the pages do not reach.
 */
import { raw } from 'hono/html'
import { Fragment as honoFragment, jsx as honoJsx } from 'hono/jsx/jsx-runtime'
import { describe, expect, it } from 'vitest'
import { Fragment, jsx as stringJsx } from '../../src/views/jsx/jsx-runtime'

type Factory = (tag: unknown, props: Record<string, unknown>) => unknown

const HOSTILE = `"><script>alert('x')</script>&amp;\u202e`

/** The same tree built with either runtime. */
function tree(h: Factory, fragment: unknown) {
  const Item = ({ text }: { text: string }) => h('li', { class: 'item', children: text })
  return h('html', {
    lang: 'ar',
    dir: 'rtl',
    children: [
      h('head', {
        children: [
          h('meta', { charset: 'utf-8' }),
          h('title', { children: HOSTILE }),
          h('meta', { name: 'description', content: HOSTILE }),
          h('link', { rel: 'alternate', href: `/feed?a=1&b=${HOSTILE}`, title: HOSTILE }),
          h('style', { children: raw('a>b{color:red}') }),
          h('script', { type: 'application/ld+json', children: raw('{"a":"\\u003c"}') }),
        ],
      }),
      h('body', {
        children: [
          h('a', { href: HOSTILE, className: 'skip', hidden: true, inert: false, children: 1 }),
          h('input', { disabled: true, value: 0, htmlFor: 'x', 'bad name': 'dropped' }),
          h('ul', {
            children: [HOSTILE, null, undefined, false, true, 3].map((text) =>
              h(Item, { text: String(text) })
            ),
          }),
          h(fragment, { children: [HOSTILE, h('br', {}), raw('<b>raw</b>')] }),
          h('p', {
            'data-n': 5,
            'aria-hidden': true,
            title: undefined,
            children: [[HOSTILE], null],
          }),
          h('iframe', { style: 'border:0', children: [] }),
        ],
      }),
    ],
  })
}

describe('the string JSX runtime', () => {
  it('writes exactly what hono/jsx writes, hostile text escaped', async () => {
    const ours = String(tree(stringJsx as Factory, Fragment))
    const hono = await (
      tree(honoJsx as Factory, honoFragment) as { toString(): unknown }
    ).toString()
    expect(ours).toBe(hono)
    expect(ours).not.toContain('<script>alert')
    expect(ours).toContain('&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;')
  })

  it('refuses what it cannot write as hono/jsx would', () => {
    expect(() => stringJsx('p', { style: { color: 'red' } })).toThrow(/style objects/)
    expect(() => stringJsx('p', { dangerouslySetInnerHTML: { __html: '<b>' } })).toThrow()
    expect(() => stringJsx('p', { onclick: () => 1 })).toThrow()
    expect(() => stringJsx('p', { children: Promise.resolve('x') })).toThrow()
  })
})
