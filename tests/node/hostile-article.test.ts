/**
 * A hostile article, published through the real pipeline and served by the real Worker: nothing
 * executable may reach the HTML or the JSON, and no bidi override may survive.
 */
import { DOMParser } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLocalKv } from '../../src/publish/plan/local-kv'
import { publish } from '../../src/publish/publish'
import { articleFile, contentSet, tempDir } from './content-set'
import { serveSite, type ServedSite } from './served-site'

const RLO = '\u202E'
const HOSTILE = {
  title: JSON.stringify(`عنوان <script>alert(1)</script> "><svg onload=alert(2)> ${RLO}gnp.exe`),
  summary: JSON.stringify('<img src=x onerror=alert(3)> ملخص'),
  source: `\n  name: ${JSON.stringify(`مصدر <script>alert(4)</script>${RLO}`)}\n  url: "https://example.org/?q=%22%3E%3Cscript%3E"`,
  tags: `\n  - ${JSON.stringify('<script>alert(5)</script>')}\n  - ${JSON.stringify(`وسم${RLO}معكوس`)}`,
}
const BODY = [
  '<script>alert(6)</script>',
  '<img src="x" onerror="alert(7)">',
  '"><svg onload=alert(8)>',
  '[رابط](javascript:alert(9)) و[آخر](data:text/html;base64,PHNjcmlwdD4=)',
  '<iframe src="https://evil.example"></iframe><p style="color:red">نص</p>',
  `نص${RLO}معكوس`,
].join('\n\n')

let site: ServedSite

beforeAll(async () => {
  const persistTo = tempDir('kv')
  const content = contentSet({ 'hostile.md': articleFile('hostile', HOSTILE, BODY) })
  const result = await publish(content, () => openLocalKv({ persistTo }))
  expect(result.ok, JSON.stringify(result.problems)).toBe(true)
  site = await serveSite({ persistTo })
})
afterAll(() => site?.close())

/**
 * Parses `html` with a real HTML parser and fails on anything that would run or load: scripts
 * other than JSON-LD data blocks, embedded documents and images, event handlers, script or data
 * URLs, inline styles; and on any bidi override left in the text.
 */
function expectNothingExecutable(html: string, type: 'text/html' | 'text/xml' = 'text/html') {
  const document = new DOMParser().parseFromString(html, type)
  for (const element of [...document.querySelectorAll('*')]) {
    const name = element.localName.toLowerCase()
    if (name === 'script')
      expect(element.getAttribute('type'), 'script element').toBe('application/ld+json')
    expect(['svg', 'iframe', 'img', 'object', 'embed'], `<${name}>`).not.toContain(name)
    for (const attribute of [...element.attributes]) {
      expect(attribute.name, `<${name} ${attribute.name}>`).not.toMatch(/^on|^style$/i)
      if (attribute.name === 'href' || attribute.name === 'src')
        expect(attribute.value.trim()).not.toMatch(/^(javascript|data):/i)
    }
  }
  expect(html).not.toContain(RLO)
}

describe('a hostile article', () => {
  it.each([
    '/articles/hostile',
    '/',
    '/tags',
    '/embed/hostile',
    `/tags/${encodeURIComponent('script-alert-5-script')}`,
  ])('leaves nothing executable in %s', async (path) => {
    const res = await site.get(path)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('&lt;script&gt;') // the attack is shown, as text
    expectNothingExecutable(html)
  })

  it.each(['/feed.xml', '/atom.xml'])(
    'leaves nothing executable in %s, nor in the HTML it carries',
    async (path) => {
      const xml = await (await site.get(path)).text()
      expectNothingExecutable(xml, 'text/xml')
      const bodies = new DOMParser()
        .parseFromString(xml, 'text/xml')
        .querySelectorAll('content\\:encoded, content, description')
      expect(bodies.length).toBeGreaterThan(0)
      for (const body of [...bodies]) expectNothingExecutable(body.textContent ?? '')
    }
  )

  it('leaves nothing executable in the JSON Feed', async () => {
    const feed = (await (await site.get('/feed.json')).json()) as {
      items: Array<{ content_html: string; title: string }>
    }
    expectNothingExecutable(feed.items[0]!.content_html)
    expect(feed.items[0]!.title).toContain('<script>alert(1)</script>') // data, escaped by JSON itself
  })

  it('leaves nothing executable in the JSON, whose HTML is sanitised and whose text stays text', async () => {
    const body = (await (await site.get('/api/articles/hostile')).json()) as {
      article: { html: string; title: string; tags: Array<{ name: string }> }
    }
    expectNothingExecutable(body.article.html)
    expect(body.article.title).toBe(
      'عنوان <script>alert(1)</script> "><svg onload=alert(2)> gnp.exe'
    )
    expect(body.article.tags.map((tag) => tag.name)).toContain('وسممعكوس')
  })

  it('cannot break out of the JSON-LD block or the CSP', async () => {
    const res = await site.get('/articles/hostile')
    const html = await res.text()
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'sha256-[^']+'/)
    expect(html).not.toContain('</script><script>')
  })
})
