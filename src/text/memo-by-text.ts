/**
 * @module
 * A pure function of one string, remembered per isolate. Pages repeat the same small
 * computations on every render (a date in Arabic, a headline's bidi runs, the hash of a JSON-LD
 * block), and on a busy isolate the same inputs come back again and again.
 *
 * Only for functions whose result depends on nothing but the string: the memo is keyed by the
 * whole string, so it answers exactly what calling the function again would. Bounded, so text
 * that never repeats cannot grow it: when full, the oldest entries go first.
 */

/** `fn`, remembering the results of the last `size` distinct inputs. */
export function memoByText<T>(fn: (text: string) => T, size = 256): (text: string) => T {
  const memo = new Map<string, T>()
  return (text) => {
    const known = memo.get(text)
    if (known !== undefined) return known
    const result = fn(text)
    memo.set(text, result)
    if (memo.size > size) memo.delete(memo.keys().next().value!)
    return result
  }
}
