/**
 * @module
 * Finishes article records (see `finishRecord`) on this thread, or on a pool of worker threads
 * for a large archive: the related-list checks, schema check and encoding are most of building
 * 100k records, and each record's are independent of the others'.
 */
import type { FinishedBatch } from '../threads/record-worker'
import { threadPool } from '../threads/thread-pool'
import { batchIsFull } from '../threads/worker-batches'
import { finishRecord, type FinishedRecord, type PendingRecord } from './finish-record'

/** Batches sent and not yet back, per worker: enough to keep it busy, few enough to hold little. */
const IN_FLIGHT_PER_WORKER = 2

/**
 * Takes records as they are built (workers start on the first batches while the rest are still
 * being put together) and gives them back finished, in the order they were added. `add` waits
 * while the workers are behind, so the records waiting for them never pile up in memory.
 */
export type RecordFinisher = {
  add(pending: PendingRecord): Promise<void>
  finish(): Promise<FinishedRecord[]>
  /** Stops the workers after a failure elsewhere, so they cannot keep the process alive. */
  abort(): Promise<void>
}

function onThisThread(): RecordFinisher {
  const finished: FinishedRecord[] = []
  return {
    add: async (pending) => {
      finished.push(finishRecord(pending))
    },
    finish: async () => finished,
    abort: async () => {},
  }
}

/** A batch as it comes back: one buffer, cut into each record's value. */
function finishedRecords({ bytes, ends, rest }: FinishedBatch): FinishedRecord[] {
  // A Buffer again (it arrives as a plain Uint8Array), like the values built on this thread.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return rest.map((one, i) => ({
    ...one,
    value: buffer.subarray(i === 0 ? 0 : ends[i - 1], ends[i]),
  }))
}

function onWorkers(threads: number): RecordFinisher {
  const pool = threadPool<PendingRecord[], FinishedBatch>(
    new URL('../threads/record-worker.ts', import.meta.url),
    threads
  )
  const batches: Array<Promise<FinishedRecord[]>> = []
  /** Batches not yet back, each settling (never rejecting) when its answer comes. */
  const inFlight = new Set<Promise<void>>()
  let failure: Error | undefined
  let pending: PendingRecord[] = []
  let pendingChars = 0
  const flush = () => {
    if (pending.length === 0) return
    const batch = pool.run(pending).then(finishedRecords)
    const settled: Promise<void> = batch.then(
      () => void inFlight.delete(settled),
      (error: unknown) => {
        failure ??= error instanceof Error ? error : new Error(String(error))
        inFlight.delete(settled)
      }
    )
    inFlight.add(settled)
    batches.push(batch)
    pending = []
    pendingChars = 0
  }
  return {
    async add(one) {
      pending.push(one)
      pendingChars += one.record.html.length
      if (!batchIsFull(pending.length, pendingChars)) return
      while (failure === undefined && inFlight.size >= IN_FLIGHT_PER_WORKER * threads)
        await Promise.race(inFlight)
      if (failure !== undefined) throw failure
      flush()
    },
    async finish() {
      flush()
      try {
        return (await Promise.all(batches)).flat()
      } finally {
        await pool.destroy()
      }
    },
    abort: () => pool.destroy(),
  }
}

export const recordFinisher = (threads: number): RecordFinisher =>
  threads === 0 ? onThisThread() : onWorkers(threads)
