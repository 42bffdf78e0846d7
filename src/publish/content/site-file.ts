/**
 * @module
 * Reads and checks `content/site.yml`, the publication (see `SiteFileSchema`). A content folder
 * without one is the publication «منبر» with no sections, as every site was before the file
 * existed; a file that is there is checked field by field, each problem with its line.
 */
import * as v from 'valibot'
import { isNode, LineCounter, parseDocument } from 'yaml'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { DEFAULT_TIMEZONE, SiteFileSchema, type SiteFile } from '../../schema/editor/site-file'
import { DEFAULT_SITE_DESCRIPTION, DEFAULT_SITE_NAME } from '../../site'
import { DEFAULT_DATES } from '../../text/display-date'
import { checkFields } from './front-matter-check'
import type { Problem } from './problems'

/** The publication of a content folder with no `site.yml`. */
export const DEFAULT_SITE: SiteFile = {
  name: DEFAULT_SITE_NAME,
  description: DEFAULT_SITE_DESCRIPTION,
  timezone: DEFAULT_TIMEZONE,
  sections: [],
  policies: {},
  dates: DEFAULT_DATES,
}

export type LoadedSite = {
  /** The checked file; with errors, its valid fields; the default publication when there is none. */
  site: SiteFile
  /** `content/site.yml`, as problems name it. */
  file: string
  /** The line of a field of the file (1 when there is no file). */
  lineOf: (path: ReadonlyArray<string | number>) => number
  problems: Problem[]
}

/**
 * The file with each field that has an error set to its default, so that the articles are still
 * checked against the sections it declares: one wrong `dates` entry must not also report every
 * article's `section` as unknown.
 */
function validPart(input: unknown, problems: Problem[]): SiteFile {
  if (typeof input !== 'object' || input === null) return DEFAULT_SITE
  const wrong = new Set(problems.map(({ field }) => field.split(/[.[]/)[0]))
  const kept = Object.entries(input).filter(
    ([key]) => !wrong.has(key) && key in SiteFileSchema.entries
  )
  const salvaged = v.safeParse(SiteFileSchema, {
    name: DEFAULT_SITE.name,
    sections: [],
    ...Object.fromEntries(kept),
  })
  return salvaged.success ? salvaged.output : DEFAULT_SITE
}

/** Reads and checks `<contentDir>/site.yml`. */
export function loadSiteFile(contentDir: string): LoadedSite {
  const path = join(contentDir, 'site.yml')
  const fromHere = relative(process.cwd(), path)
  const file = fromHere.startsWith('..') ? path : fromHere
  if (!existsSync(path)) return { site: DEFAULT_SITE, file, lineOf: () => 1, problems: [] }
  const lineCounter = new LineCounter()
  const document = parseDocument(readFileSync(path, 'utf8'), {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  })
  const lineOf = (fieldPath: ReadonlyArray<string | number>) => {
    for (let depth = fieldPath.length; depth > 0; depth--) {
      const node = document.getIn(fieldPath.slice(0, depth), true)
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
    }
    return 1
  }
  const [yamlError] = document.errors
  if (yamlError) {
    const problem: Problem = {
      severity: 'error',
      file,
      line: lineCounter.linePos(yamlError.pos[0]).line,
      field: 'site.yml',
      message: `YAML غير صالح: ${yamlError.message.split('\n')[0]}`,
    }
    return { site: DEFAULT_SITE, file, lineOf, problems: [problem] }
  }
  const input: unknown = document.toJS()
  const checked = checkFields(file, input, SiteFileSchema, lineOf)
  if (!checked.ok)
    return { site: validPart(input, checked.problems), file, lineOf, problems: checked.problems }
  return { site: checked.output, file, lineOf, problems: [] }
}
