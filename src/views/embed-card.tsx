/**
 * @module
 * The embed card served at `/embed/:slug` inside other sites' iframes: a self-contained RTL
 * document (its own few lines of CSS, no script, no external resource) with the headline,
 * summary, source, date and a link to the article. Links open outside the frame.
 */
import { raw } from 'hono/html'
import type { ArticleRecord } from '../schema/stored/article-record'
import { SITE_LANGUAGE } from '../site'
import type { DateStyle } from '../text/display-date'
import { PublishedTime } from './published-time'

export const CARD_CSS = `
*{box-sizing:border-box}html,body{margin:0;height:100%}
body{font:1rem/1.7 "Noto Naskh Arabic","Noto Sans Arabic","Geeza Pro","Segoe UI",Tahoma,sans-serif;color:#1b1b1b;background:#fdfcfa}
@media (prefers-color-scheme:dark){body{color:#ecebe8;background:#161514}a{color:#f08a7e}}
.card{display:flex;flex-direction:column;height:100%;padding:1rem 1.25rem;border:1px solid #e3ded6;border-radius:.75rem;overflow:hidden}
h1{font-size:1.2rem;line-height:1.5;margin:0 0 .5rem}
a{color:#8a1c1c}
.summary{margin:0;flex:1;display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden}
.meta{margin:.75rem 0 0;font-size:.875rem;color:#6a6a6a}
`

export function EmbedCard({
  article,
  articleUrl,
  siteName,
  dates,
}: {
  article: ArticleRecord
  articleUrl: string
  siteName: string
  dates: DateStyle
}) {
  return (
    <html lang={SITE_LANGUAGE} dir="rtl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{article.title}</title>
        <base target="_blank" />
        <style>{raw(CARD_CSS)}</style>
      </head>
      <body>
        <article class="card">
          <h1>
            <a href={articleUrl} rel="noopener">
              {article.title}
            </a>
          </h1>
          <p class="summary">{article.summary}</p>
          <p class="meta">
            {article.source.name} · <PublishedTime iso={article.published_at} dates={dates} /> ·{' '}
            <a href={articleUrl} rel="noopener">{`اقرأ في ${siteName}`}</a>
          </p>
        </article>
      </body>
    </html>
  )
}
