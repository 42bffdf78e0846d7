/**
 * Small in-memory corpora for publish-step tests, built through the real file checker.
 */
import { checkArticleText, type SourceArticle } from '../../src/publish/content/check-article'
import { articleFile } from './content-set'

export type ArticleSpec = {
  slug: string
  title?: string
  summary?: string
  tags?: string[]
  published?: string
  read_also?: string[]
  related?: Array<string | { title: string; url?: string }>
  draft?: boolean
}

const yamlList = (items: unknown[]) =>
  items.length === 0 ? '[]' : items.map((item) => `\n  - ${JSON.stringify(item)}`).join('')

export function article(spec: ArticleSpec): SourceArticle {
  const overrides: Record<string, string> = {
    title: JSON.stringify(spec.title ?? `عنوان ${spec.slug}`),
    summary: JSON.stringify(spec.summary ?? 'ملخص'),
    published: JSON.stringify(spec.published ?? '2025-04-01T12:00:00+03:00'),
    tags: yamlList(spec.tags ?? []),
    read_also: yamlList(spec.read_also ?? []),
    related: yamlList(spec.related ?? []),
  }
  if (spec.draft) overrides.draft = 'true'
  const checked = checkArticleText(`${spec.slug}.md`, articleFile(spec.slug, overrides))
  if (Array.isArray(checked)) throw new Error(JSON.stringify(checked))
  return checked
}
