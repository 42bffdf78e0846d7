/**
 * @module
 * `content/site.yml`: the publication itself, as the newsroom writes it. Only `name` and
 * `sections` are required; everything else has a default. The publish step checks it with the
 * articles, and every mistake is reported with its line.
 */
import * as v from 'valibot'
import { DEFAULT_SITE_DESCRIPTION } from '../../site'
import { DEFAULT_DATES, DIGIT_STYLES, HIJRI_STYLES, MONTH_STYLES } from '../../text/display-date'
import { SlugSchema } from '../slug'
import { EditorTextSchema } from './editor-text'
import { ImagePathSchema } from './image-path'

/** The zone displayed times are in when `site.yml` names none. */
export const DEFAULT_TIMEZONE = 'UTC'

/** An IANA time-zone name that this runtime knows (`Africa/Cairo`, `Asia/Riyadh`, `UTC`). */
const TimezoneSchema = v.pipe(
  v.string('timezone يجب أن يكون نصًا'),
  v.check((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return true
    } catch {
      return false
    }
  }, 'منطقة زمنية غير معروفة: اكتب اسمًا من قاعدة IANA مثل Africa/Cairo')
)

/** A section of the site: its URL segment under `/sections/` and the name readers see. */
const SectionSchema = v.strictObject({
  slug: SlugSchema,
  name: EditorTextSchema(60, 'اسم القسم'),
})

/** Pages in `content/pages/` that say how the newsroom works, by slug. */
const PoliciesSchema = v.strictObject({
  /** The editorial policy («سياسة التحرير»): schema.org `publishingPrinciples`. */
  editorial: v.optional(SlugSchema),
  /** How corrections are made («سياسة التصحيح»): schema.org `correctionsPolicy`. */
  corrections: v.optional(SlugSchema),
})

/** How dates are written for readers: the region's month names, its digits, the Hijri date. */
const DatesSchema = v.strictObject({
  months: v.optional(
    v.picklist(MONTH_STYLES, 'months: اكتب egypt أو levant أو maghreb أو dual'),
    DEFAULT_DATES.months
  ),
  digits: v.optional(
    v.picklist(DIGIT_STYLES, 'digits: اكتب latn (3) أو arab (٣)'),
    DEFAULT_DATES.digits
  ),
  hijri: v.optional(
    v.picklist(HIJRI_STYLES, 'hijri: اكتب umm-al-qura أو off'),
    DEFAULT_DATES.hijri
  ),
})

export const SiteFileSchema = v.strictObject({
  /** In every `<title>`, feed, JSON-LD publisher and oEmbed `provider_name`. */
  name: EditorTextSchema(100, 'اسم الموقع'),
  /** How the site describes itself: the home page, feeds and settings. */
  description: v.optional(EditorTextSchema(300, 'وصف الموقع'), DEFAULT_SITE_DESCRIPTION),
  /** The zone of displayed times. */
  timezone: v.optional(TimezoneSchema, DEFAULT_TIMEZONE),
  /** The publication's logo, under `content/images/`. */
  logo: v.optional(ImagePathSchema),
  /** Sections, in navigation order; once there is one, every article names its section. */
  sections: v.pipe(
    v.array(SectionSchema, 'sections يجب أن تكون قائمة من {slug, name}'),
    v.maxLength(100, 'أكثر من 100 قسم')
  ),
  policies: v.optional(PoliciesSchema, {}),
  dates: v.optional(DatesSchema, {}),
})

export type SiteFile = v.InferOutput<typeof SiteFileSchema>
