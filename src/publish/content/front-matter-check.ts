/**
 * @module
 * A content file's front matter checked against its schema, every issue turned into a problem
 * that names the file, the line and the field, as an editor looks for it. Messages are Arabic:
 * the schema's own, or else Valibot's Arabic ones (`@valibot/i18n`).
 */
import '@valibot/i18n/ar'
import * as v from 'valibot'
import type { Problem } from './problems'

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

/**
 * `value` (a file's front matter, or a YAML file) parsed with `schema`, or every problem with it.
 * @param lineOf The line of a field in the file, by its path.
 */
export function checkFields<S extends v.GenericSchema>(
  file: string,
  value: unknown,
  schema: S,
  lineOf: (path: ReadonlyArray<string | number>) => number
): { ok: true; output: v.InferOutput<S> } | { ok: false; problems: Problem[] } {
  const result = v.safeParse(schema, value, { lang: 'ar' })
  if (result.success) return { ok: true, output: result.output }
  const problems = result.issues.map((issue): Problem => {
    const path = issuePath(issue)
    const keyProblem = issue.type === 'strict_object' && path.length > 0
    const message = !keyProblem
      ? issue.message
      : issue.expected === 'never'
        ? 'حقل غير معروف (تحقق من الإملاء)'
        : 'حقل مطلوب'
    return {
      severity: 'error',
      file,
      line: lineOf(path),
      field: fieldName(path) || 'front matter',
      message,
    }
  })
  return { ok: false, problems }
}
