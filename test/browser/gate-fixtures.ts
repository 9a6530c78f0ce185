// What the gate's browser tests share: a server from the sources, and a compound with a
// checkpoint, a gate account with its own password, and a resident holding a real pass.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { RunningServer } from './server.js'

export const PHONE = { width: 375, height: 812 }

export async function api(
  server: RunningServer,
  cookie: string,
  method: string,
  url: string,
  body?: unknown,
) {
  const res = await fetch(server.url + url, {
    method,
    headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0])
  return {
    status: res.status,
    json: res.status === 204 ? undefined : await res.json(),
    cookie: cookies.join('; '),
  }
}

function validId(serial: string): string {
  const first17 = `350105199003${serial}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

/** A compound with a checkpoint, a gate account with its own password, and a resident's real pass. */
export async function prepare(server: RunningServer) {
  const admin = await api(server, '', 'POST', '/api/v1/auth/login', {
    username: 'admin',
    password: server.adminPassword,
  })
  const cookie = admin.cookie
  await api(server, cookie, 'POST', '/api/v1/auth/password', {
    current: server.adminPassword,
    next: 'Gate-test-2020',
  })
  const me = (await api(server, cookie, 'GET', '/api/v1/auth/me')).json
  const community = await api(server, cookie, 'POST', '/api/v1/regions', {
    parentId: me.scopeRegionId ?? me.user?.scopeRegionId,
    name: '凯隆社区',
    type: 'community',
  })
  const compound = await api(server, cookie, 'POST', '/api/v1/regions', {
    parentId: community.json.id,
    name: '凯隆一区',
    type: 'compound',
  })
  const checkpoint = await api(server, cookie, 'POST', '/api/v1/checkpoints', {
    regionId: compound.json.id,
    type: 'compound',
    name: '南门',
  })
  const user = await api(server, cookie, 'POST', '/api/v1/users', {
    username: 'gate1',
    displayName: '值守一',
    role: 'checkpoint_staff',
    scopeRegionId: compound.json.id,
  })
  const staff = await api(server, '', 'POST', '/api/v1/auth/login', {
    username: 'gate1',
    password: user.json.oneTimePassword,
  })
  await api(server, staff.cookie, 'POST', '/api/v1/auth/password', {
    current: user.json.oneTimePassword,
    next: 'Gate-staff-2020',
  })
  const place = await api(server, cookie, 'POST', `/api/v1/posters/regions/${compound.json.id}/place`)
  const declared = await api(server, '', 'POST', '/api/v1/r/declarations', {
    placeCode: place.json.code,
    name: '林小东',
    docType: 'id_card',
    docNumber: validId('01001'),
    phone: '13912345670',
    symptoms: [],
    contactWithCases: false,
  })
  return {
    checkpointId: checkpoint.json.id as string,
    qr: declared.json.pass.qr as string,
    pid: declared.json.pass.pid as string,
    adminCookie: cookie,
  }
}

/** The server from the sources and the web app as built in dist/web (the gate entry). */
export async function startSourceServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lianfang-gate-'))
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/browser/gate-server.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LIANFANG_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const started = await new Promise<{ url: string; adminPassword: string }>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const url = /is running: (http:\/\/\S+)/.exec(output)?.[1]
      const adminPassword = /one-time password: (\S+)/.exec(output)?.[1]
      if (url && adminPassword) resolve({ url, adminPassword })
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code: number | null) => reject(new Error(`server exited (${code}):\n${output}`)))
  })
  return {
    ...started,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
