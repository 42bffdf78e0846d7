/**
 * @module
 * Human Arabic dates for `<time>` elements. The date shown is the calendar day at the offset the
 * editor wrote (a story filed at 01:00+04:00 in Abu Dhabi is dated that day, not the UTC day).
 */

const OFFSET = /([+-])(\d{2}):(\d{2})$/

/** Minutes east of UTC named at the end of an ISO 8601 string; 0 for `Z`. */
function offsetMinutes(iso: string): number {
  const match = OFFSET.exec(iso)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

/** The wall-clock instant at the writer's offset, expressed as a UTC Date for formatting. */
function wallClock(iso: string): Date {
  return new Date(Date.parse(iso) + offsetMinutes(iso) * 60_000)
}

const gregorian = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: string): Intl.DateTimeFormat {
  let format = gregorian.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    gregorian.set(locale, format)
  }
  return format
}

/**
 * The Gregorian date in Arabic with Western digits, as most Arab news sites print it.
 * @example arabicDate('2025-04-03T10:00:00+02:00') // '3 أبريل 2025'
 */
export function arabicDate(iso: string): string {
  return formatter('ar-EG-u-nu-latn').format(wallClock(iso))
}
