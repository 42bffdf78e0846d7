// A worker thread's entry point (see start-worker.ts). Plain JavaScript, because a new thread
// cannot read TypeScript until this file has registered tsx in it.
import { register } from 'tsx/esm/api'
import { workerData } from 'node:worker_threads'

register()
await import(workerData.module)
