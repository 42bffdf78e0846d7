/**
 * @module
 * Where a story comes from: the outlet named in the article's source line.
 */
import * as v from 'valibot'
import { stripBidiControls } from '../../text/bidi-controls'

/** An absolute http(s) URL. `javascript:` and `data:` URLs never get this far. */
export const WebUrlSchema = v.pipe(
  v.string('الرابط يجب أن يكون نصًا'),
  v.url('رابط غير صالح'),
  v.regex(/^https?:\/\//i, 'الرابط يجب أن يبدأ بـ http:// أو https://')
)

export const SourceSchema = v.object(
  {
    /** The outlet's name as printed, e.g. «صدى البلد». */
    name: v.pipe(
      v.string('اسم المصدر يجب أن يكون نصًا'),
      v.transform(stripBidiControls),
      v.trim(),
      v.minLength(1, 'اسم المصدر فارغ'),
      v.maxLength(200, 'اسم المصدر أطول من 200 حرف')
    ),
    /** The outlet's page for this story, when the editor has it. */
    url: v.optional(WebUrlSchema),
  },
  'source يجب أن يحوي name (اسم المصدر) وurl اختياريًا'
)
