/**
 * @module
 * ISO 8601 timestamps with an explicit UTC offset, as editors write them in front matter.
 */
import * as v from 'valibot'

/** `2025-04-03T10:00:00+02:00` or `...Z`; seconds and fractions are optional. */
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/

/** True when the date and time written exist (no 30 February, no 25:00). */
function isCalendarDate(iso: string): boolean {
  const [year, month, day, hour, minute] = iso
    .split(/[-T:]/)
    .map((part) => Number.parseInt(part, 10))
  const date = new Date(Date.UTC(year!, month! - 1, day, hour, minute))
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    !Number.isNaN(Date.parse(iso))
  )
}

/**
 * A timestamp string that names its offset and is a real instant. YAML would turn an unquoted
 * timestamp into a Date, so Dates are accepted and turned back into ISO strings first.
 */
export const TimestampSchema = v.pipe(
  v.union(
    [
      v.string(),
      v.pipe(
        v.date(),
        v.transform((date) => date.toISOString())
      ),
    ],
    'يجب أن يكون تاريخًا بصيغة ISO 8601'
  ),
  v.regex(
    ISO_WITH_OFFSET,
    'يجب أن يكون التاريخ بصيغة ISO 8601 مع فرق التوقيت، مثل 2025-04-03T10:00:00+02:00'
  ),
  v.check(
    (value) => !ISO_WITH_OFFSET.test(value) || isCalendarDate(value),
    'التاريخ أو الوقت غير موجود في التقويم'
  )
)
