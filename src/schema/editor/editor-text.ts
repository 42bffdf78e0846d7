/**
 * @module
 * Text an editor writes and a reader sees (titles, summaries, alt text, captions): non-empty,
 * trimmed, without bidi controls (see `stripBidiControls`), at most `max` characters.
 */
import * as v from 'valibot'
import { stripBidiControls } from '../../text/bidi-controls'

/**
 * @example v.parse(EditorTextSchema(300, 'title'), '  عنوان  ') // 'عنوان'
 */
export const EditorTextSchema = (max: number, what: string) =>
  v.pipe(
    v.string(`${what}: يجب أن يكون نصًا`),
    v.transform(stripBidiControls),
    v.trim(),
    v.minLength(1, `${what} فارغ`),
    v.maxLength(max, `${what} أطول من ${max} حرف`)
  )
