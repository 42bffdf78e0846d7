/** @jsxImportSource #jsx */
/**
 * @module
 * Text with its Latin and number runs isolated in `<bdi>` (see `bidiPieces`), for headlines,
 * summaries and related titles rendered at the edge. Text stays escaped. The HTML of each text
 * is made once per isolate: the Unicode-property scan for runs is the costly part, and the same
 * headlines come back on every page that lists them.
 */
import { raw } from 'hono/html'
import { bidiPieces } from '../text/bidi-runs'
import { memoByText } from '../text/memo-by-text'

const bidiHtml = memoByText((text) =>
  (
    <>{bidiPieces(text).map((piece) => (piece.isolate ? <bdi>{piece.text}</bdi> : piece.text))}</>
  ).toString()
)

export function BidiText({ text }: { text: string }) {
  return raw(bidiHtml(text))
}
