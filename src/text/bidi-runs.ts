/**
 * @module
 * Latin and number runs inside Arabic text. Left alone, the bidi algorithm can pull punctuation
 * and neighbouring numbers into the wrong order around them («(1950-1953)», «Kim Jong Un»,
 * «G7»); wrapping each run in `<bdi>` isolates it so it reads as written.
 */

/**
 * A run starts and ends with a Latin letter or an ASCII digit, and may hold spaces and the
 * punctuation that lives inside such runs (1950-1953, 3.5, U.S., 10:30, AT&T, 50%).
 */
const RUN = /[\p{Script=Latin}0-9](?:[\p{Script=Latin}0-9.,:\-–/'’&+% ]*[\p{Script=Latin}0-9%])?/gu

export type TextPiece = { text: string; isolate: boolean }

/**
 * Cuts `text` into pieces, marking the Latin and number runs to isolate.
 * @example bidiPieces('حرب كوريا (1950-1953)') // [{text:'حرب كوريا (',isolate:false},{text:'1950-1953',isolate:true},{text:')',isolate:false}]
 */
export function bidiPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let last = 0
  for (const match of text.matchAll(RUN)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), isolate: false })
    pieces.push({ text: match[0], isolate: true })
    last = match.index + match[0].length
  }
  if (last < text.length) pieces.push({ text: text.slice(last), isolate: false })
  return pieces
}
