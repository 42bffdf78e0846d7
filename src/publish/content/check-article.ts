/**
 * @module
 * Checks one article file against `FrontMatterSchema` (the same schema the Worker's records are
 * derived from) and renders its body. Every problem in the file is collected; nothing stops at
 * the first.
 */
import { FrontMatterSchema, type FrontMatter } from '../../schema/editor/front-matter'
import type { ArticleImage } from '../../schema/stored/article-image'
import { copyWarnings, findCopy } from '../copy/copy-check'
import { checkFields } from './front-matter-check'
import { parseMarkdownFile } from './markdown-file'
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

/** Checks one file's text; returns the article, or the file's problems. */
export function checkArticleText(file: string, text: string): SourceArticle | Problem[] {
  const parsed = parseMarkdownFile(file, text)
  if ('severity' in parsed) return [parsed]
  const checked = checkFields(file, parsed.frontMatter, FrontMatterSchema, parsed.lineOf)
  const problems = checked.ok ? [] : [...checked.problems]
  if (parsed.body.trim() === '') {
    problems.push({ severity: 'error', file, field: 'body', message: 'نص المقال فارغ' })
  }
  if (!checked.ok || problems.length > 0) return problems
  return {
    file,
    frontMatter: checked.output,
    body: renderBody(parsed.body, parsed.bodyLine),
    lineOf: parsed.lineOf,
  }
}

/** An article file checked, with the copy checks of an article that publishes. */
export function checkArticleFile(
  file: string,
  text: string
): { article: SourceArticle; warnings: Problem[] } | Problem[] {
  const checked = checkArticleText(file, text)
  if (Array.isArray(checked)) return checked
  return {
    article: checked,
    warnings: copyWarnings(findCopy(file, text, 'article', checked.frontMatter)),
  }
}
