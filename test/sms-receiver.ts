// A real HTTP receiver standing in for the deployment's SMS gateway (LIANFANG_SMS_PROVIDER=webhook).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Sms {
  phone: string
  code: string
}

export async function startSmsReceiver() {
  const received: Sms[] = []
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      received.push(JSON.parse(body) as Sms)
      res.writeHead(200).end('{}')
    })
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`
  /** the count-th message received, waiting up to 2 s for it */
  const next = async (count: number) => {
    for (let i = 0; i < 200 && received.length < count; i++) await new Promise((ok) => setTimeout(ok, 10))
    return received[count - 1]
  }
  const env = { LIANFANG_SMS_PROVIDER: 'webhook', LIANFANG_SMS_WEBHOOK_URL: url }
  return { received, url, env, next, close: () => new Promise((ok) => server.close(ok)) }
}
