/**
 * @module
 * Checks one article file against `FrontMatterSchema` (the same schema the Worker's records are
 * derived from) and renders its body. Every problem in the file is collected; nothing stops at
 * the first. Messages are Arabic: the schema's own, or else Valibot's Arabic ones
 * (`@valibot/i18n`).
 */
import '@valibot/i18n/ar'
import * as v from 'valibot'
import { FrontMatterSchema, type FrontMatter } from '../../schema/editor/front-matter'
import type { ArticleImage } from '../../schema/stored/article-image'
import { parseArticleFile } from './article-file'
import type { Problem } from './problems'
import { renderBody, type RenderedBody } from './render-body'

export type SourceArticle = {
  file: string
  frontMatter: FrontMatter
  body: RenderedBody
  /** The hero image, once `prepareImages` has checked it and made its variants. */
  image?: ArticleImage
  lineOf: (path: ReadonlyArray<string | number>) => number
}

/** `read_also[0]`, `source.url`: the field as an editor would search for it in the file. */
function fieldName(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
    ''
  )
}

function issuePath(issue: v.BaseIssue<unknown>): Array<string | number> {
  return (issue.path ?? []).map((item) => item.key as string | number)
}

/** Checks one file's text; returns the article, or the file's problems. */
export function checkArticleText(file: string, text: string): SourceArticle | Problem[] {
  const parsed = parseArticleFile(file, text)
  if ('severity' in parsed) return [parsed]
  const result = v.safeParse(FrontMatterSchema, parsed.frontMatter, { lang: 'ar' })
  const problems: Problem[] = []
  if (!result.success) {
    for (const issue of result.issues) {
      const path = issuePath(issue)
      const keyProblem = issue.type === 'strict_object' && path.length > 0
      const message = !keyProblem
        ? issue.message
        : issue.expected === 'never'
          ? 'حقل غير معروف (تحقق من الإملاء)'
          : 'حقل مطلوب'
      problems.push({
        severity: 'error',
        file,
        line: parsed.lineOf(path),
        field: fieldName(path) || 'front matter',
        message,
      })
    }
  }
  if (parsed.body.trim() === '') {
    problems.push({ severity: 'error', file, field: 'body', message: 'نص المقال فارغ' })
  }
  if (!result.success || problems.length > 0) return problems
  return {
    file,
    frontMatter: result.output,
    body: renderBody(parsed.body, parsed.bodyLine),
    lineOf: parsed.lineOf,
  }
}
