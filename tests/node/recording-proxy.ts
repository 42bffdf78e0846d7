/**
 * A loopback HTTP proxy in front of a served site that records what the server answered each
 * request: a browser reports a revalidated page as the 200 it kept, so only the wire shows
 * whether the server said 304. Requests and answers pass through byte for byte.
 */
import { createServer, request, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Exchange = { method: string; path: string; status: number; conditional: boolean }

export type RecordingProxy = {
  /** e.g. `http://127.0.0.1:40124` */
  origin: string
  /** Every request so far, in the order the answers came. */
  exchanges: Exchange[]
  /** The answers to `path` so far, oldest first. */
  statusesOf: (path: string) => number[]
  close: () => Promise<void>
}

export async function recordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target)
  const exchanges: Exchange[] = []
  const server = createServer((incoming, outgoing) => {
    const headers: IncomingHttpHeaders = { ...incoming.headers }
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers,
      },
      (answer) => {
        exchanges.push({
          method: incoming.method ?? 'GET',
          path: incoming.url ?? '/',
          status: answer.statusCode ?? 0,
          conditional: headers['if-none-match'] !== undefined,
        })
        outgoing.writeHead(answer.statusCode ?? 502, answer.rawHeaders)
        answer.pipe(outgoing)
      }
    )
    forwarded.on('error', () => outgoing.destroy())
    incoming.pipe(forwarded)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    exchanges,
    statusesOf: (path) =>
      exchanges.filter((exchange) => exchange.path === path).map((exchange) => exchange.status),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}
