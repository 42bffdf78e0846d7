/**
 * @module
 * What the publish step found wrong with the content, addressed the way an editor looks for it:
 * file, line, field.
 */

export type Severity = 'error' | 'warning'

export type Problem = {
  severity: Severity
  /** Path relative to the project, e.g. `content/articles/x.md`. */
  file: string
  /** 1-based line in the file, where the problem can be pinned to one. */
  line?: number
  /** 1-based column on that line, where the problem is one spot in the text (copy checks). */
  column?: number
  /** Front-matter field as a path (`read_also[0]`, `source.url`), or `body` / `front matter`. */
  field: string
  message: string
}

/** `content/articles/x.md:7: read_also[0]: ...`, the form editors' tools turn into links. */
export function formatProblem(problem: Problem): string {
  const where = problem.line
    ? `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}`
    : problem.file
  return `${problem.severity}: ${where}: ${problem.field}: ${problem.message}`
}

export const errorsIn = (problems: Problem[]) =>
  problems.filter((problem) => problem.severity === 'error')
