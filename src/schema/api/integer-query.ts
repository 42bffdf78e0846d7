/**
 * @module
 * A whole number in a query string (`?page=2`), within a range. The digits are checked first and
 * the range on the parsed number, so `page=2811032655051` is told its range, not that it is not
 * a number. The same bounds go into the OpenAPI document (`openapi` metadata), so the document
 * always says what the validator enforces.
 */
import * as v from 'valibot'

/** What the OpenAPI document says of a parameter whose schema JSON Schema cannot describe. */
export type ParameterDoc = { schema: Record<string, unknown>; example?: unknown }

/** What a number outside `min`…`max` is told. */
export const rangeMessage = (min: number, max: number) => `يجب أن يكون بين ${min} و${max}`

/**
 * Decimal digits only (no sign, space, exponent or fraction), as a number from `min` to `max`.
 * @example v.parse(integerQuery(1, 50), '20') // 20
 */
export const integerQuery = (min: number, max: number) =>
  v.pipe(
    v.string('يجب أن يُذكر مرة واحدة فقط'),
    v.regex(/^\d+$/, 'يجب أن يكون عددًا صحيحًا موجبًا'),
    v.transform(Number),
    v.minValue(min, rangeMessage(min, max)),
    v.maxValue(max, rangeMessage(min, max)),
    v.metadata({
      openapi: { schema: { type: 'integer', minimum: min, maximum: max } } satisfies ParameterDoc,
    })
  )
