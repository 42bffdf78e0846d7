/**
 * @module
 * Bidi embedding and override controls (U+202A–U+202E) and isolates (U+2066–U+2069). In
 * headlines, tags and bodies they can make text display in an order other than the one it is
 * stored in (a right-to-left override can dress «exe.txt» up as «txt.exe»). Editors never need
 * them: Minbar isolates Latin and number runs itself (`bidi-runs.ts`), so they are removed.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

export const stripBidiControls = (text: string) => text.replace(BIDI_CONTROLS, '')
