/**
 * @module
 * Dates as a person reads them, in the newsroom's own style: the site's time zone, the month
 * names of its region, its digits and its Hijri calendar (`dates` in `content/site.yml`). Machine
 * dates (`datetime`, ISO in JSON, RFC 822 in RSS) never pass through here.
 *
 * Month names are our own tables, not `Intl`'s: the generic `ar` locales print «أبريل» for every
 * region and cannot print «نيسان» or «أفريل» (moment#4270, dart-lang/i18n#1008). `Intl` still
 * does the calendar work: the wall clock in a zone, and the Umm al-Qura date.
 */
import { boundedMemo } from '../cache/bounded-memo'
import { zoneName } from './zone-names'

/** Which month names the newsroom prints. */
export const MONTH_STYLES = ['egypt', 'levant', 'maghreb', 'dual'] as const
export type MonthStyle = (typeof MONTH_STYLES)[number]

/** `latn` prints 3, `arab` prints ٣. */
export const DIGIT_STYLES = ['latn', 'arab'] as const
export type DigitStyle = (typeof DIGIT_STYLES)[number]

/** `umm-al-qura` prints the Hijri date beside the Gregorian one; `off` prints none. */
export const HIJRI_STYLES = ['umm-al-qura', 'off'] as const
type HijriStyle = (typeof HIJRI_STYLES)[number]

/** How a newsroom writes a date: its zone and its `dates` setting. */
export type DateStyle = {
  timezone: string
  months: MonthStyle
  digits: DigitStyle
  hijri: HijriStyle
}

/** The `dates` setting of a site that writes none: Egyptian months, the ones most Arab news sites print. */
export const DEFAULT_DATES: Omit<DateStyle, 'timezone'> = {
  months: 'egypt',
  digits: 'latn',
  hijri: 'umm-al-qura',
}

export const DEFAULT_DATE_STYLE: DateStyle = { timezone: 'UTC', ...DEFAULT_DATES }

const EGYPT = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
]
const LEVANT = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
]
/** Algeria and Tunisia, from the French names. */
const MAGHREB = [
  'جانفي',
  'فيفري',
  'مارس',
  'أفريل',
  'ماي',
  'جوان',
  'جويلية',
  'أوت',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
]

/** The name of month `index` (0 = January), as `style` prints it. */
function monthName(index: number, style: MonthStyle): string {
  if (style === 'levant') return LEVANT[index]!
  if (style === 'maghreb') return MAGHREB[index]!
  if (style === 'dual') return `${EGYPT[index]}/${LEVANT[index]}`
  return EGYPT[index]!
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩'

/** `text` with its Western digits written as `digits` asks. */
const withDigits = (text: string, digits: DigitStyle) =>
  digits === 'arab' ? text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!) : text

/**
 * Formatters by zone and calendar. Making one costs about a millisecond, more than formatting a
 * whole page of dates with it, and a site uses one zone, so a page of twenty dates makes two.
 */
const formatters = boundedMemo<Intl.DateTimeFormat>('date formatters', 8)

function formatter(key: 'clock' | 'hijri', timeZone: string): Intl.DateTimeFormat {
  const memoKey = `${key} ${timeZone}`
  let made = formatters.get(memoKey)
  if (!made) {
    made =
      key === 'clock'
        ? new Intl.DateTimeFormat('en-US-u-nu-latn', {
            timeZone,
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            hourCycle: 'h23',
          })
        : new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-latn', {
            timeZone,
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          })
    formatters.set(memoKey, made)
  }
  return made
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number }

/** The calendar date and clock time in `timeZone` at the instant `iso`. */
function wallClock(iso: string, timeZone: string): WallClock & { offsetMinutes: number } {
  const instant = Date.parse(iso)
  const parts: Record<string, number> = {}
  for (const { type, value } of formatter('clock', timeZone).formatToParts(instant))
    if (type !== 'literal') parts[type] = Number(value)
  const clock = {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
  }
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute)
  return {
    ...clock,
    offsetMinutes: Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000),
  }
}

/**
 * The day in the newsroom's zone, with its month names and digits.
 * @example displayDate('2025-04-03T10:00:00+02:00', { ...DEFAULT_DATE_STYLE, months: 'levant' }) // '3 نيسان 2025'
 */
export function displayDate(iso: string, style: DateStyle): string {
  const { year, month, day } = wallClock(iso, style.timezone)
  return withDigits(`${day} ${monthName(month - 1, style.months)} ${year}`, style.digits)
}

/**
 * The day, the time on a 24-hour clock and the zone, as a dated news item prints them.
 * @example displayDateTime('2025-04-03T10:00:00+02:00', { ...DEFAULT_DATE_STYLE, timezone: 'Africa/Cairo' })
 * // '3 أبريل 2025، 10:00 بتوقيت القاهرة'
 */
export function displayDateTime(iso: string, style: DateStyle): string {
  const clock = wallClock(iso, style.timezone)
  const time = `${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`
  const zone = zoneName(style.timezone, clock.offsetMinutes)
  return withDigits(
    `${clock.day} ${monthName(clock.month - 1, style.months)} ${clock.year}، ${time} بتوقيت ${zone}`,
    style.digits
  )
}

/**
 * The same day in the Umm al-Qura calendar, or `null` when the newsroom prints no Hijri date.
 * @example hijriDate('2025-04-03T10:00:00+02:00', DEFAULT_DATE_STYLE) // '5 شوال 1446 هـ'
 */
export function displayHijriDate(iso: string, style: DateStyle): string | null {
  if (style.hijri === 'off') return null
  return withDigits(formatter('hijri', style.timezone).format(Date.parse(iso)), style.digits)
}
