// LazyFS (../shared/tools/lazyfs, or LAZYFS_TOOLS): a FUSE file system with its own page
// cache that drops every write not yet fsynced on command — a power cut.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const tools = process.env.LAZYFS_TOOLS ?? path.resolve(here, '../../../shared/tools/lazyfs')
/** the build is kept outside the repository, shared by every checkout */
const buildDir = process.env.LAZYFS_BUILD_DIR ?? path.join(os.homedir(), '.cache', 'lianfang-lazyfs')

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const onPath = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0

/** The LazyFS binary, or why this machine cannot run the power-loss test. */
export function findLazyFs(): { bin: string } | { skip: string } {
  if (!existsSync('/dev/fuse')) return { skip: 'no /dev/fuse (FUSE is not available here)' }
  const build = path.join(tools, 'build.sh')
  if (!existsSync(build)) return { skip: `no LazyFS sources at ${tools} (set LAZYFS_TOOLS)` }
  let bin: string
  try {
    // the first build takes minutes (and installs Debian packages when root); later ones are instant
    console.log(`LazyFS: building or reusing ${buildDir}`)
    bin = execFileSync(build, [buildDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      .trim()
      .split('\n')
      .at(-1)!
  } catch (e) {
    const err = (e as { stderr?: string }).stderr ?? String(e)
    return { skip: `LazyFS could not be built: ${err.trim().split('\n').slice(-3).join(' | ')}` }
  }
  if (!existsSync(bin)) return { skip: `LazyFS build gave no binary (${bin})` }
  if (!onPath('fusermount3')) return { skip: 'no fusermount3 (Debian: apt-get install fuse3)' }
  return { bin }
}

const isMounted = (mnt: string) =>
  readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .some((l) => l.split(' ')[1] === mnt)

/** FUSE is there but will not mount (a container without the right to mount, say): a skip. */
export class MountFailed extends Error {}

export interface LazyFsMount {
  /** where the files are seen (and cached) */
  mount: string
  /** where the files really are */
  root: string
  /** drops every write not yet fsynced, as a power cut does, and waits for LazyFS to confirm */
  cutPower(): Promise<void>
  unmount(): Promise<void>
}

/**
 * Mounts LazyFS at `<dir>/mnt` over `<dir>/root` (the same configuration as the tools'
 * mount.sh). `allow_other`, so that a PostgreSQL server running as its own user can use it.
 */
export async function mountLazyFs(bin: string, dir: string, cacheSize = '512mb'): Promise<LazyFsMount> {
  const mount = path.join(dir, 'mnt')
  const root = path.join(dir, 'root')
  const state = mkdtempSync(path.join(os.tmpdir(), 'lf-lazyfs-state-'))
  mkdirSync(mount, { recursive: true })
  mkdirSync(root, { recursive: true })
  const fifo = path.join(state, 'faults.fifo')
  const log = path.join(state, 'lazyfs.log')
  writeFileSync(
    path.join(state, 'lazyfs.toml'),
    [
      '[faults]',
      `fifo_path="${fifo}"`,
      '[cache]',
      'apply_eviction=false',
      '[cache.simple]',
      `custom_size="${cacheSize}"`,
      'blocks_per_page=1',
      '[filesystem]',
      'log_all_operations=false',
      `logfile="${log}"`,
      '',
    ].join('\n'),
  )
  const child: ChildProcess = spawn(
    bin,
    [
      mount,
      '--config-path',
      path.join(state, 'lazyfs.toml'),
      '-o',
      'allow_other',
      '-o',
      'modules=subdir',
      '-o',
      `subdir=${root}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const cleared = () => {
    try {
      return (readFileSync(log, 'utf8').match(/cache is cleared/g) ?? []).length
    } catch {
      return 0
    }
  }

  // Pre-allocating the cache takes seconds on a busy machine.
  for (let i = 0; i < 1200 && !(existsSync(fifo) && isMounted(mount)); i++) {
    if (child.exitCode !== null) break
    await sleep(100)
  }
  if (!isMounted(mount)) {
    child.kill('SIGKILL')
    await exited
    rmSync(state, { recursive: true, force: true })
    throw new MountFailed(
      `LazyFS did not mount at ${mount}: ${output.trim().split('\n').slice(-3).join(' | ')}`,
    )
  }

  return {
    mount,
    root,
    async cutPower() {
      const before = cleared()
      await writeFile(fifo, 'lazyfs::clear-cache\n')
      for (let i = 0; i < 600 && cleared() <= before; i++) await sleep(50)
      if (cleared() <= before) throw new Error('LazyFS did not confirm the power cut ("cache is cleared")')
    },
    async unmount() {
      if (isMounted(mount)) {
        let r = spawnSync('fusermount3', ['-u', mount], { encoding: 'utf8' })
        // busy (a process still has a file open): detach it lazily rather than leave it behind
        if (r.status !== 0) r = spawnSync('fusermount3', ['-uz', mount], { encoding: 'utf8' })
        if (r.status !== 0) console.error(`fusermount3 -u ${mount}: ${r.stderr.trim()}`)
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      if (child.exitCode === null && child.signalCode === null) await exited
      clearTimeout(timer)
      rmSync(state, { recursive: true, force: true })
    },
  }
}
