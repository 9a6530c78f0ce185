// The HTTP edge over real sockets (issue 15): errors before routing come in the app's error
// shape, and an answer after which the server closes the socket says `Connection: close`.
import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../app.js'
import { dialects } from '../db.js'

interface Answer {
  status: number
  headers: Record<string, string>
  body: string
  /** the server ended the connection after the answer */
  closed: boolean
}

/** Parses the answers in what came back on one connection. */
function parseAnswers(raw: Buffer): Answer[] {
  const out: Answer[] = []
  let rest = raw
  while (rest.length) {
    const end = rest.indexOf('\r\n\r\n')
    if (end < 0) break
    const [statusLine, ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n')
    const headers = Object.fromEntries(
      lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
    )
    const length = Number(headers['content-length'] ?? 0)
    const body = rest.subarray(end + 4, end + 4 + length).toString('utf8')
    out.push({ status: Number(statusLine!.split(' ')[1]), headers, body, closed: false })
    rest = rest.subarray(end + 4 + length)
  }
  return out
}

describe.each(dialects)('the HTTP edge on %s', (dialect) => {
  let t: TestApp
  let port: number
  beforeAll(async () => {
    t = await createTestApp(dialect, { LIANFANG_BODY_LIMIT: '4096' })
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    port = (t.app.server.address() as AddressInfo).port
  })
  afterAll(() => t.close())

  /** Sends raw bytes on one connection; waits for the server to close it or for quiet. */
  const exchange = (raw: Buffer | string, expected: number) =>
    new Promise<Answer[]>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1')
      const chunks: Buffer[] = []
      let closed = false
      const finish = () => {
        const answers = parseAnswers(Buffer.concat(chunks))
        if (answers.length) answers[answers.length - 1]!.closed = closed
        socket.destroy()
        resolve(answers)
      }
      const timer = setTimeout(finish, 2000)
      socket.on('data', (c) => {
        chunks.push(c)
        // keep-alive: all expected answers are in and the connection stays open
        if (parseAnswers(Buffer.concat(chunks)).length >= expected && !closed)
          setTimeout(() => {
            clearTimeout(timer)
            finish()
          }, 200)
      })
      socket.on('end', () => {
        closed = true
        clearTimeout(timer)
        finish()
      })
      socket.on('error', reject)
      socket.write(raw)
    })

  const get = (path: string | Buffer, extra = '') =>
    Buffer.concat([
      Buffer.from('GET '),
      Buffer.isBuffer(path) ? path : Buffer.from(path),
      Buffer.from(` HTTP/1.1\r\nHost: localhost\r\n${extra}\r\n`),
    ])

  it('answers a request line with raw non-ASCII bytes with 400 BAD_REQUEST and Connection: close', async () => {
    const [answer] = await exchange(get(Buffer.from([0x2f, 0xe4, 0xb8, 0xad, 0x00])), 1)
    expect(answer).toMatchObject({ status: 400, closed: true })
    expect(answer!.headers.connection).toBe('close')
    expect(JSON.parse(answer!.body).error.code).toBe('BAD_REQUEST')
  })

  it('answers a URL over 16 KB with 431 HEADERS_TOO_LARGE and Connection: close', async () => {
    const [answer] = await exchange(get(`/api/v1/regions?q=${'x'.repeat(17_000)}`), 1)
    expect(answer).toMatchObject({ status: 431, closed: true })
    expect(answer!.headers.connection).toBe('close')
    expect(JSON.parse(answer!.body).error).toMatchObject({ code: 'HEADERS_TOO_LARGE' })
  })

  it('keeps the connection for errors after routing, all in the app error shape', async () => {
    const answers = await exchange(
      Buffer.concat([get('/api/v1/no-such-route'), get('/api/v1/regions/%E0%A4%A'), get('/healthz')]),
      3,
    )
    expect(answers.map((a) => a.status)).toEqual([404, 400, 200])
    expect(JSON.parse(answers[0]!.body).error.code).toBe('ROUTE_NOT_FOUND')
    expect(JSON.parse(answers[1]!.body).error.code).toBe('BAD_REQUEST')
    expect(answers[2]!.closed).toBe(false)
  })

  it('answers bad JSON and a body too large in the app error shape; says close when it closes', async () => {
    const post = (body: string, length = Buffer.byteLength(body)) =>
      `POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${length}\r\n\r\n${body}`
    const [bad] = await exchange(post('{"username":'), 1)
    expect(bad!.status).toBe(400)
    expect(JSON.parse(bad!.body).error.code).toBe('BAD_JSON')
    const [large] = await exchange(post('{"username":"' + 'x'.repeat(5000) + '"}'), 1)
    expect(large!.status).toBe(413)
    expect(JSON.parse(large!.body).error.code).toBe('PAYLOAD_TOO_LARGE')
    if (large!.closed) expect(large!.headers.connection).toBe('close')
  })
})
