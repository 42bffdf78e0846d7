// A pool thread's entry point (see thread-pool.ts). Plain JavaScript, because a new thread cannot
// read TypeScript until this file has registered tsx in it. Piscina runs each task with the
// default export, which it awaits first: the task module's own default export.
import { register } from 'tsx/esm/api'
import { workerData } from 'node:worker_threads'

register()
export default import(workerData.taskModule).then((module) => module.default)
