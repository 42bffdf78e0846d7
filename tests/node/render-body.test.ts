import { describe, expect, it } from 'vitest'
import { renderBody } from '../../src/publish/content/render-body'

describe('renderBody', () => {
  it('renders headings, paragraphs and lists', () => {
    const { html } = renderBody('فقرة.\n\n## التاريخ\n\n- أول\n- ثان\n')
    expect(html).toBe('<p>فقرة.</p>\n<h2>التاريخ</h2>\n<ul>\n<li>أول</li>\n<li>ثان</li>\n</ul>')
  })

  it('demotes a body <h1>, since the page headline is the only <h1>', () => {
    expect(renderBody('# عنوان').html).toBe('<h2>عنوان</h2>')
  })

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an event handler', '<img src="x" onerror="alert(1)">'],
    ['an injected svg', '"><svg onload=alert(1)>'],
    ['a javascript: link', '[اضغط](javascript:alert(1))'],
    ['a data: link', '[اضغط](data:text/html,<script>alert(1)</script>)'],
    ['a style attribute', '<p style="color:red">نص</p>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
  ])('leaves nothing executable from %s', (_case, markdown) => {
    const { html } = renderBody(markdown)
    // Text that merely shows the attack (escaped, as `&lt;script&gt;`) is harmless; tags are not.
    expect(html).not.toMatch(/<(script|svg|iframe|img|style)\b/i)
    expect(html).not.toMatch(/<[^>]*\s(on\w+|style)=/i)
    expect(html).not.toMatch(/<a[^>]*href="(javascript|data):/i)
  })

  it('keeps safe links', () => {
    expect(renderBody('[الخليج](https://www.alkhaleej.ae/)').html).toBe(
      '<p><a href="https://www.alkhaleej.ae/">الخليج</a></p>'
    )
  })

  it('estimates reading time from the text, not the markup', () => {
    expect(renderBody('كلمة '.repeat(138)).readingTimeMinutes).toBe(1)
    expect(renderBody(`**${'كلمة '.repeat(139)}**`).readingTimeMinutes).toBe(2)
    expect(
      renderBody(`[${'كلمة '.repeat(100)}](https://example.org/a/very/long/path/that/is/not/words)`)
        .readingTimeMinutes
    ).toBe(1)
  })
})
