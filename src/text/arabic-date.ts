/**
 * @module
 * Human Arabic dates for `<time>` elements. The date shown is the calendar day at the offset the
 * editor wrote (a story filed at 01:00+04:00 in Abu Dhabi is dated that day, not the UTC day).
 * Formatters are made on first use, not at start-up, to keep cold starts short.
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

const DAY_MONTH_YEAR = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const

let gregorian: Intl.DateTimeFormat | undefined
let hijri: Intl.DateTimeFormat | undefined

/**
 * The Gregorian date in Arabic with Western digits, as most Arab news sites print it.
 * @example arabicDate('2025-04-03T10:00:00+02:00') // '3 أبريل 2025'
 */
export function arabicDate(iso: string): string {
  gregorian ??= new Intl.DateTimeFormat('ar-EG-u-nu-latn', DAY_MONTH_YEAR)
  return gregorian.format(wallClock(iso))
}

/**
 * The Hijri date of the same day, in the Umm al-Qura calendar that Saudi Arabia and most Gulf
 * newsrooms print, with Western digits.
 * @example hijriDate('2025-04-03T10:00:00+02:00') // '5 شوال 1446 هـ'
 */
export function hijriDate(iso: string): string {
  hijri ??= new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-latn', DAY_MONTH_YEAR)
  return hijri.format(wallClock(iso))
}
