/**
 * @module
 * The `html` of an oEmbed response: a sandboxed iframe of the embed card. Inside the iframe
 * element sits a plain blockquote link, which browsers ignore when they show the frame, and which
 * survives on pages whose sanitisers strip iframes but keep their content.
 */
import type { ArticleRecord } from '../schema/stored/article-record'
import { SITE_LANGUAGE } from '../site'
import { displayDate, type DateStyle } from '../text/display-date'

export type OEmbedFrame = {
  article: ArticleRecord
  articleUrl: string
  embedUrl: string
  width: number
  height: number
  dates: DateStyle
}

export function OEmbedHtml({ article, articleUrl, embedUrl, width, height, dates }: OEmbedFrame) {
  return (
    <iframe
      src={embedUrl}
      width={String(width)}
      height={String(height)}
      title={article.title}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      loading="lazy"
      referrerpolicy="strict-origin-when-cross-origin"
      style="border:0;max-width:100%"
    >
      <blockquote cite={articleUrl} lang={SITE_LANGUAGE} dir="rtl">
        <p>
          <a href={articleUrl}>{article.title}</a>
        </p>
        <p>{`${article.source.name} · ${displayDate(article.published_at, dates)}`}</p>
      </blockquote>
    </iframe>
  )
}
