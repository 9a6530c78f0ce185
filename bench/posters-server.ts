// A server for the poster benchmark, in its own process: the real app on a fresh SQLite data
// directory (LIANFANG_DATA_DIR) with one compound, CHECKPOINTS checkpoints and a community
// worker. Prints `READY {"port":…,"cookie":…,"checkpointIds":[…]}` once listening.
import { loadConfig } from '../src/config.js'
import { openDeployment } from '../src/runtime.js'
import { createUserDirect } from '../src/modules/auth/auth.fixtures.js'
import { makeCheckpoint } from '../src/modules/checkpoints/checkpoints.fixtures.js'
import { createRegionDirect } from '../src/modules/regions/regions.fixtures.js'
import { findTopRegion } from '../src/modules/regions/index.js'
import { serveSignedIn } from './serve-signed-in.js'

const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' })
const db = await openDeployment(config)
const top = (await findTopRegion(db))!
const community = await createRegionDirect(db, top.id, 'community', '压测社区')
const compound = await createRegionDirect(db, community.id, 'compound', '压测小区')
const checkpointIds: string[] = []
for (let i = 0; i < Number(process.env.CHECKPOINTS ?? 40); i++)
  checkpointIds.push(await makeCheckpoint(db, compound.id, { name: `压测小区${i + 1}号门` }))
const user = await createUserDirect(db, { role: 'community_worker', scopeRegionId: community.id })
const { port, cookie } = await serveSignedIn(config, db, user)
console.log(`READY ${JSON.stringify({ port, cookie, checkpointIds })}`)
