// A server for the passage benchmark and the crash test, in its own process.
//   bare: Fastify answering the same JSON POST (same schema), no database, no auth
//   real: the real app on LIANFANG_DATA_DIR (SQLite) or DATABASE_URL; on first start it
//         makes a region, a checkpoint and a gate account and keeps them in setup.json
//   setup: only the first-start part of `real`, then exits, printing `SETUP {…}`: the bench
//         then runs the built server (`lianfang serve`) on that deployment, as users do
// Prints one line `READY {"port":…,"cookie":…,"checkpointId":…}` once listening.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import Fastify from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { loadConfig, type Config } from '../src/config.js'
import type { Db } from '../src/db/db.js'
import { openDeployment } from '../src/runtime.js'
import { createUserDirect } from '../src/modules/auth/auth.fixtures.js'
import { makeCheckpoint } from '../src/modules/checkpoints/checkpoints.fixtures.js'
import { createRegionDirect } from '../src/modules/regions/regions.fixtures.js'
import { findTopRegion } from '../src/modules/regions/index.js'
import { PassageInputSchema } from '../src/modules/passages/index.js'
import { serveSignedIn } from './serve-signed-in.js'

async function bare() {
  const app = Fastify({ logger: false }).withTypeProvider<TypeBoxTypeProvider>()
  app.post('/api/v1/passages', { schema: { body: PassageInputSchema } }, async (req, reply) =>
    reply.code(201).send({ duplicate: false, passage: { id: req.body.id } }),
  )
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  console.log(`READY ${JSON.stringify({ port: Number(new URL(address).port) })}`)
}

/** The power-loss test cuts the power after this: the file and its name must be on disk. */
function writeDurably(file: string, text: string) {
  writeFileSync(file, text)
  for (const f of [file, path.dirname(file)]) {
    const fd = openSync(f, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  }
}

type Setup = { username: string; password: string; checkpointId: string }

async function setUp(config: Config, db: Db): Promise<Setup> {
  const setupFile = path.join(config.dataDir, 'setup.json')
  if (existsSync(setupFile)) return JSON.parse(readFileSync(setupFile, 'utf8')) as Setup
  {
    const top = (await findTopRegion(db))!
    const compound = await createRegionDirect(db, top.id, 'compound', '压测小区')
    const checkpointId = await makeCheckpoint(db, compound.id, { name: '压测卡点' })
    const user = await createUserDirect(db, { role: 'checkpoint_staff', scopeRegionId: compound.id })
    const setup = { username: user.username, password: user.password, checkpointId }
    writeDurably(setupFile, JSON.stringify(setup))
    return setup
  }
}

async function real() {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' })
  const db = await openDeployment(config)
  const setup = await setUp(config, db)
  const { port, cookie } = await serveSignedIn(config, db, {
    username: setup.username,
    password: setup.password,
  })
  console.log(`READY ${JSON.stringify({ port, cookie, checkpointId: setup.checkpointId })}`)
}

async function setupOnly() {
  const config = loadConfig(process.env)
  const db = await openDeployment(config)
  const setup = await setUp(config, db)
  await db.destroy()
  console.log(`SETUP ${JSON.stringify(setup)}`)
}

const mode = process.argv[2]
await (mode === 'bare' ? bare() : mode === 'setup' ? setupOnly() : real())
