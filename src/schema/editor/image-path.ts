/**
 * @module
 * A path to an image file under `content/images/`, as an editor writes it relative to `content/`
 * (`images/harbour.jpg`). The publish step checks the file itself: that it exists, decodes, and
 * is not too large (`src/publish/images/`).
 */
import * as v from 'valibot'

export const ImagePathSchema = v.pipe(
  v.string('مسار الصورة يجب أن يكون نصًا'),
  v.regex(
    /^images\/(?:[^/\\\s.][^/\\\s]*\/)*[^/\\\s.][^/\\\s]*\.(?:jpe?g|png|webp|avif)$/i,
    'مسار الصورة يجب أن يكون تحت images/ وينتهي بـ .jpg أو .png أو .webp أو .avif'
  )
)
