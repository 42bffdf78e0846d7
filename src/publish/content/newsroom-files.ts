/**
 * @module
 * Reads and checks the files beside the articles: `content/authors/<slug>.md` (a person who
 * writes for the site; the body is the bio) and `content/pages/<slug>.md` (a page that is not
 * news, served at `/<slug>`). A file's name is its slug. Either folder may be missing.
 */
import * as v from 'valibot'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import {
  AuthorFrontMatterSchema,
  type AuthorFrontMatter,
} from '../../schema/editor/author-front-matter'
import { PageFrontMatterSchema, type PageFrontMatter } from '../../schema/editor/page-front-matter'
import { SlugSchema } from '../../schema/slug'
import type { ArticleImage } from '../../schema/stored/article-image'
import { copyWarnings, findCopy, type CopyDocument } from '../copy/copy-check'
import { checkFields } from './front-matter-check'
import { parseMarkdownFile } from './markdown-file'
import type { Problem } from './problems'
import { renderBody, type RenderedBody } from './render-body'

/** A checked author or page file. */
export type SourceDocument<FrontMatter> = {
  slug: string
  file: string
  frontMatter: FrontMatter
  body: RenderedBody
  lineOf: (path: ReadonlyArray<string | number>) => number
  /** The front matter's image, once `prepareImages` has made its variants (authors). */
  image?: ArticleImage
}

export type SourceAuthor = SourceDocument<AuthorFrontMatter>
export type SourcePage = SourceDocument<PageFrontMatter>

/** Reads and checks every `*.md` in `<contentDir>/<folder>` with `schema`, in file-name order. */
function loadDocuments<S extends v.GenericSchema>(
  contentDir: string,
  folder: string,
  schema: S,
  bodyRequired: string | null,
  copyKind: CopyDocument
): { documents: Array<SourceDocument<v.InferOutput<S>>>; problems: Problem[] } {
  const dir = join(contentDir, folder)
  const documents: Array<SourceDocument<v.InferOutput<S>>> = []
  const problems: Problem[] = []
  if (!existsSync(dir)) return { documents, problems }
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.md')).sort()) {
    const path = join(dir, name)
    const fromHere = relative(process.cwd(), path)
    const file = fromHere.startsWith('..') ? path : fromHere
    const slug = name.slice(0, -'.md'.length)
    if (!v.is(SlugSchema, slug)) {
      problems.push({
        severity: 'error',
        file,
        line: 1,
        field: 'اسم الملف',
        message:
          'اسم الملف هو الاسم المختصر: حروف عربية أو لاتينية صغيرة وأرقام، كلمات تفصلها شرطات',
      })
      continue
    }
    const text = readFileSync(path, 'utf8')
    const parsed = parseMarkdownFile(file, text)
    if ('severity' in parsed) {
      problems.push(parsed)
      continue
    }
    const checked = checkFields(file, parsed.frontMatter, schema, parsed.lineOf)
    if (!checked.ok) problems.push(...checked.problems)
    if (bodyRequired && parsed.body.trim() === '')
      problems.push({ severity: 'error', file, field: 'body', message: bodyRequired })
    if (!checked.ok) continue
    problems.push(...copyWarnings(findCopy(file, text, copyKind, checked.output)))
    documents.push({
      slug,
      file,
      frontMatter: checked.output,
      body: renderBody(parsed.body, parsed.bodyLine),
      lineOf: parsed.lineOf,
    })
  }
  return { documents, problems }
}

/** Every author of `<contentDir>/authors/`; a bio is optional. */
export const loadAuthors = (contentDir: string) =>
  loadDocuments(contentDir, 'authors', AuthorFrontMatterSchema, null, 'author')

/** Every page of `<contentDir>/pages/`; a page must say something. */
export const loadPages = (contentDir: string) =>
  loadDocuments(contentDir, 'pages', PageFrontMatterSchema, 'نص الصفحة فارغ', 'page')
