// What the gate's browser tests share: a server from the sources, and a compound with a
// checkpoint, a gate account with its own password, and a resident holding a real pass.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { account, caller, firstAdmin } from './api.js'
import type { RunningServer } from './server.js'

export const PHONE = { width: 375, height: 812 }

/** A valid 18-digit resident ID (real check digit) ending in `serial` + check digit. */
export function validId(serial: string): string {
  const first17 = `350105199003${serial}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

/** A compound with a checkpoint, a gate account with its own password, and a resident's real pass. */
export async function prepare(server: RunningServer) {
  const admin = await firstAdmin(server, 'Gate-test-2020')
  const me = await admin('GET', '/api/v1/auth/me')
  const community = await admin('POST', '/api/v1/regions', {
    parentId: me.scopeRegionId ?? me.user?.scopeRegionId,
    name: '凯隆社区',
    type: 'community',
  })
  const compound = await admin('POST', '/api/v1/regions', {
    parentId: community.id,
    name: '凯隆一区',
    type: 'compound',
  })
  const checkpoint = await admin('POST', '/api/v1/checkpoints', {
    regionId: compound.id,
    type: 'compound',
    name: '南门',
  })
  await account(server.url, admin, 'gate1', 'checkpoint_staff', compound.id, 'Gate-staff-2020', '值守一')
  const place = await admin('POST', `/api/v1/posters/regions/${compound.id}/place`)
  const declared = await caller(server.url)('POST', '/api/v1/r/declarations', {
    placeCode: place.code,
    name: '林小东',
    docType: 'id_card',
    docNumber: validId('01001'),
    phone: '13912345670',
    symptoms: [],
    contactWithCases: false,
  })
  // Declared without an SMS code the pass is 待核验; the community checks the card once and the
  // phone's next pass is a plain one, the one these tests scan.
  await admin('POST', '/api/v1/passes/confirm', { qr: declared.pass.qr })
  const confirmed = await caller(server.url)('POST', '/api/v1/r/pass', {
    deviceSecret: declared.deviceSecret,
  })
  return {
    checkpointId: checkpoint.id as string,
    qr: confirmed.qr as string,
    pid: confirmed.pid as string,
    /** the 待核验 pass first given to the resident */
    unconfirmedQr: declared.pass.qr as string,
    /** where residents declare themselves (the compound's poster) */
    placeCode: place.code as string,
    person: { name: '林小东', document: validId('01001'), phone: '13912345670' },
    /** The first admin's API session. */
    admin,
  }
}

/** The server from the sources and the web app as built in dist/web (the gate entry). */
export async function startSourceServer(): Promise<RunningServer & { dataDir: string }> {
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
    dataDir,
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
