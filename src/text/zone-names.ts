/**
 * @module
 * How an Arabic newsroom names its time zone after «بتوقيت»: the capital or country readers say
 * («بتوقيت القاهرة», «بتوقيت مكة المكرمة»), not ICU's long names («توقيت شرق أوروبا الرسمي»),
 * which no newspaper prints. `Intl` exposes no city names, hence this table; a zone it does not
 * list is named by its offset from Greenwich, which is always right.
 */

/** The zones of the Arab world's newsrooms and of the capitals they report from most. */
const ZONE_NAMES: Readonly<Record<string, string>> = {
  UTC: 'غرينتش',
  'Etc/UTC': 'غرينتش',
  'Africa/Cairo': 'القاهرة',
  'Asia/Riyadh': 'مكة المكرمة',
  'Asia/Dubai': 'الإمارات',
  'Asia/Qatar': 'الدوحة',
  'Asia/Kuwait': 'الكويت',
  'Asia/Bahrain': 'المنامة',
  'Asia/Muscat': 'مسقط',
  'Asia/Aden': 'صنعاء',
  'Asia/Baghdad': 'بغداد',
  'Asia/Damascus': 'دمشق',
  'Asia/Beirut': 'بيروت',
  'Asia/Amman': 'عمّان',
  'Asia/Jerusalem': 'القدس',
  'Asia/Gaza': 'القدس',
  'Asia/Hebron': 'القدس',
  'Africa/Khartoum': 'الخرطوم',
  'Africa/Tripoli': 'طرابلس',
  'Africa/Tunis': 'تونس',
  'Africa/Algiers': 'الجزائر',
  'Africa/Casablanca': 'المغرب',
  'Africa/Nouakchott': 'نواكشوط',
  'Africa/Djibouti': 'جيبوتي',
  'Africa/Mogadishu': 'مقديشو',
  'Indian/Comoro': 'موروني',
  'Europe/London': 'لندن',
  'Europe/Paris': 'باريس',
  'Europe/Istanbul': 'إسطنبول',
  'Asia/Tehran': 'طهران',
  'America/New_York': 'نيويورك',
}

/**
 * The words after «بتوقيت» for `zone` at `offsetMinutes` east of UTC.
 * @example zoneName('Africa/Cairo', 120) // 'القاهرة'
 * @example zoneName('Asia/Tokyo', 540) // 'غرينتش+9'
 */
export function zoneName(zone: string, offsetMinutes: number): string {
  const named = ZONE_NAMES[zone]
  if (named) return named
  if (offsetMinutes === 0) return 'غرينتش'
  const sign = offsetMinutes > 0 ? '+' : '-'
  const hours = Math.floor(Math.abs(offsetMinutes) / 60)
  const minutes = Math.abs(offsetMinutes) % 60
  return `غرينتش${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`
}
