/**
 * Dates as each region writes them (`dates` in site.yml) and with the time and zone (issue 25):
 * every combination of months, digits and Hijri against a table, the site's zone across daylight
 * saving, and machine dates left alone.
 */
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DATE_STYLE,
  displayDate,
  displayDateTime,
  displayHijriDate,
  type DateStyle,
  type DigitStyle,
  type MonthStyle,
} from '../../src/text/display-date'
import { zoneName } from '../../src/text/zone-names'

/** An article published on 2025-04-03 at 10:00 Cairo time (UTC+2 that day). */
const APRIL_3 = '2025-04-03T10:00:00+02:00'
const style = (overrides: Partial<DateStyle>): DateStyle => ({
  ...DEFAULT_DATE_STYLE,
  timezone: 'Africa/Cairo',
  ...overrides,
})

const DATES: Array<[MonthStyle, DigitStyle, string]> = [
  ['egypt', 'latn', '3 أبريل 2025'],
  ['egypt', 'arab', '٣ أبريل ٢٠٢٥'],
  ['levant', 'latn', '3 نيسان 2025'],
  ['levant', 'arab', '٣ نيسان ٢٠٢٥'],
  ['maghreb', 'latn', '3 أفريل 2025'],
  ['maghreb', 'arab', '٣ أفريل ٢٠٢٥'],
  ['dual', 'latn', '3 أبريل/نيسان 2025'],
  ['dual', 'arab', '٣ أبريل/نيسان ٢٠٢٥'],
]

describe('a date as the region writes it', () => {
  it.each(DATES)('months %s, digits %s: %s', (months, digits, expected) => {
    expect(displayDate(APRIL_3, style({ months, digits }))).toBe(expected)
    expect(displayDateTime(APRIL_3, style({ months, digits }))).toBe(
      `${expected}، ${digits === 'arab' ? '١٠:٠٠' : '10:00'} بتوقيت القاهرة`
    )
  })

  it.each([
    ['umm-al-qura', 'latn', '5 شوال 1446 هـ'],
    ['umm-al-qura', 'arab', '٥ شوال ١٤٤٦ هـ'],
    ['off', 'latn', null],
    ['off', 'arab', null],
  ] as const)('hijri %s, digits %s: %s', (hijri, digits, expected) => {
    expect(displayHijriDate(APRIL_3, style({ hijri, digits }))).toBe(expected)
  })

  it('names every month of every region', () => {
    const months = (style_: MonthStyle) =>
      Array.from({ length: 12 }, (_, i) =>
        displayDate(
          `2025-${String(i + 1).padStart(2, '0')}-15T12:00:00Z`,
          style({ months: style_ })
        )
          .split(' ')
          .slice(1, -1)
          .join(' ')
      )
    expect(months('egypt')).toEqual(
      'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(' ')
    )
    expect(months('levant')).toEqual([
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
    ])
    expect(months('maghreb')).toEqual(
      'جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر أكتوبر نوفمبر ديسمبر'.split(' ')
    )
  })
})

describe('the time and the zone', () => {
  it("shows the site's zone, not the writer's offset", () => {
    // Filed at 09:30 in Abu Dhabi: 07:30 in Cairo, 05:30 at Greenwich.
    const filed = '2025-04-02T09:30:00+04:00'
    expect(displayDateTime(filed, style({}))).toBe('2 أبريل 2025، 07:30 بتوقيت القاهرة')
    expect(displayDateTime(filed, style({ timezone: 'Asia/Dubai' }))).toBe(
      '2 أبريل 2025، 09:30 بتوقيت الإمارات'
    )
    expect(displayDateTime(filed, DEFAULT_DATE_STYLE)).toBe('2 أبريل 2025، 05:30 بتوقيت غرينتش')
  })

  it("follows the zone's daylight saving, and a late story is dated the next day", () => {
    // Egypt keeps summer time (UTC+3) since 2023: 23:30 UTC on 2 July is 02:30 on 3 July.
    expect(displayDateTime('2025-07-02T23:30:00Z', style({}))).toBe(
      '3 يوليو 2025، 02:30 بتوقيت القاهرة'
    )
    expect(displayDateTime('2025-01-02T23:30:00Z', style({}))).toBe(
      '3 يناير 2025، 01:30 بتوقيت القاهرة'
    )
  })

  it('names a zone it has no name for by its offset from Greenwich', () => {
    expect(displayDateTime('2025-04-02T00:00:00Z', style({ timezone: 'Asia/Kolkata' }))).toBe(
      '2 أبريل 2025، 05:30 بتوقيت غرينتش+5:30'
    )
    expect(zoneName('America/Caracas', -240)).toBe('غرينتش-4')
  })
})
