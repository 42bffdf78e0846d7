/**
 * @module
 * A worker thread of `recordFinisher` (`record-finisher.ts`): finishes each batch of records it is sent and sends the
 * values back in one buffer a batch, moved rather than copied.
 */
import { parentPort } from 'node:worker_threads'
import { finishRecord, type FinishedRecord, type PendingRecord } from '../records/finish-record'

export type RecordBatch = { batch: number; pending: PendingRecord[] }

/** Values as offsets into `bytes`: one transferable buffer instead of one per record. */
export type FinishedBatch = {
  batch: number
  bytes: Uint8Array
  ends: number[]
  rest: Array<Omit<FinishedRecord, 'value'>>
}

parentPort?.on('message', ({ batch, pending }: RecordBatch) => {
  const finished = pending.map((one) => finishRecord(one))
  const bytes = Buffer.concat(finished.map((one) => one.value))
  const ends: number[] = []
  let end = 0
  for (const one of finished) ends.push((end += one.value.byteLength))
  const reply: FinishedBatch = {
    batch,
    bytes,
    ends,
    rest: finished.map(({ links, dropped }) => ({ links, dropped })),
  }
  parentPort!.postMessage(reply, [bytes.buffer])
})
