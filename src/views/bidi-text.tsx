/**
 * @module
 * Text with its Latin and number runs isolated in `<bdi>` (see `bidiPieces`), for headlines,
 * summaries and related titles rendered at the edge. Text stays escaped.
 */
import { bidiPieces } from '../text/bidi-runs'

export function BidiText({ text }: { text: string }) {
  return (
    <>{bidiPieces(text).map((piece) => (piece.isolate ? <bdi>{piece.text}</bdi> : piece.text))}</>
  )
}
