/**
 * @module
 * Finishes article records (see `finishRecord`) on this thread, or on worker threads for a large
 * archive: the related-list checks, schema check and encoding are most of building 100k records,
 * and each record's are independent of the others'.
 */
import type { Worker } from 'node:worker_threads'
import type { FinishedBatch, RecordBatch } from '../threads/record-worker'
import { startWorker } from '../threads/start-worker'
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

function onWorkers(threads: number): RecordFinisher {
  const workers: Worker[] = Array.from({ length: threads }, () =>
    startWorker(new URL('../threads/record-worker.ts', import.meta.url), null)
  )
  const results: FinishedRecord[][] = []
  let sent = 0
  let received = 0
  let pending: PendingRecord[] = []
  let pendingChars = 0
  /** Who waits for the next reply: `add` when too much is in flight, `finish` for the last. */
  let waiting: { resolve: () => void; reject: (error: Error) => void } | undefined
  let failure: Error | undefined
  const stop = () => Promise.all(workers.map((worker) => worker.terminate())).then(() => {})
  const fail = (error: Error) => {
    failure ??= error
    waiting?.reject(failure)
    void stop()
  }
  const nextReply = () => new Promise<void>((resolve, reject) => (waiting = { resolve, reject }))
  for (const worker of workers) {
    worker.on('message', ({ batch, bytes, ends, rest }: FinishedBatch) => {
      // A Buffer again (it arrives as a plain Uint8Array), like the values built on this thread.
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      results[batch] = rest.map((one, i) => ({
        ...one,
        value: buffer.subarray(i === 0 ? 0 : ends[i - 1], ends[i]),
      }))
      received++
      waiting?.resolve()
    })
    worker.on('error', fail)
    worker.on('exit', (code) => {
      if (received < sent)
        fail(new Error(`a record worker stopped (exit code ${code}) with batches unfinished`))
    })
  }
  const flush = () => {
    if (pending.length === 0) return
    const message: RecordBatch = { batch: sent, pending }
    workers[sent++ % workers.length]!.postMessage(message)
    pending = []
    pendingChars = 0
  }
  return {
    async add(one) {
      pending.push(one)
      pendingChars += one.record.html.length
      if (!batchIsFull(pending.length, pendingChars)) return
      while (!failure && sent - received >= IN_FLIGHT_PER_WORKER * workers.length) await nextReply()
      if (failure) throw failure
      flush()
    },
    async finish() {
      flush()
      try {
        while (!failure && received < sent) await nextReply()
        if (failure) throw failure
        return results.flat()
      } finally {
        await stop()
      }
    },
    abort: stop,
  }
}

export const recordFinisher = (threads: number): RecordFinisher =>
  threads === 0 ? onThisThread() : onWorkers(threads)
