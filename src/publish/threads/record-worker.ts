/**
 * @module
 * A task of `recordFinisher`'s thread pool (`records/record-finisher.ts`): finishes a batch of
 * records and hands the values back in one buffer, moved to the main thread rather than copied.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina'
import { finishRecord, type FinishedRecord, type PendingRecord } from '../records/finish-record'

/** Values as offsets into `bytes`: one transferable buffer instead of one per record. */
export type FinishedBatch = {
  bytes: Uint8Array
  ends: number[]
  rest: Array<Omit<FinishedRecord, 'value'>>
}

export default function finishBatch(pending: PendingRecord[]) {
  const finished = pending.map((one) => finishRecord(one))
  const bytes = Buffer.concat(finished.map((one) => one.value))
  const ends: number[] = []
  let end = 0
  for (const one of finished) ends.push((end += one.value.byteLength))
  const batch: FinishedBatch = {
    bytes,
    ends,
    rest: finished.map(({ links, dropped }) => ({ links, dropped })),
  }
  return move({ [transferableSymbol]: [bytes.buffer], [valueSymbol]: batch })
}
