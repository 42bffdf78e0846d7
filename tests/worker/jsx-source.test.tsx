/**
 * Every `.tsx` file compiles against the string JSX runtime (`src/views/jsx`), as tsconfig's
 * `jsxImportSource` says, in the bundle and in these tests alike: an element is already its HTML,
 * where hono/jsx would give an element tree.
 */
import { describe, expect, it } from 'vitest'
import { BidiText } from '../../src/views/bidi-text'

describe('the JSX source', () => {
  it('is the string runtime: an element is its HTML at once', () => {
    const element: unknown = <BidiText text="قمة G20 في روما" />
    expect(element).toBeInstanceOf(String)
    expect(String(element)).toBe('قمة <bdi>G20</bdi> في روما')
  })
})
