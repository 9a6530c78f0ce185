// Gate throughput: verifyPass on distinct valid passes, keys cached as a gate would hold
// them, against raw node:crypto Ed25519 verifies of the same signatures.
// Run: node --input-type=module -e "await (await import('vite')).runnerImport('./bench/verify.ts', { configFile: false })"
import { createPublicKey, verify, type KeyObject } from 'node:crypto'
import { encodeSigStructure } from '../src/shared/pass/codec.js'
import { openEnvelope } from '../src/shared/pass/envelope.js'
import {
  encodePass,
  generatePassKeyPair,
  parseJwks,
  signerFromPrivateJwk,
  verifyPass,
} from '../src/shared/pass/index.js'

const PASSES = 2_000
const SECONDS = 3
const SLICE_SECONDS = 0.5
const NOW = 1_767_225_600

async function makePasses(): Promise<{ qrs: string[]; keys: Map<string, Uint8Array>; publicKey: KeyObject }> {
  const { privateJwk, publicJwk } = await generatePassKeyPair()
  const signer = await signerFromPrivateJwk(privateJwk)
  const qrs: string[] = []
  for (let i = 0; i < PASSES; i++) {
    const pid = crypto.randomUUID().replace(/-/g, '').slice(0, 16)
    const claims = {
      iss: 'mawei',
      iat: NOW,
      exp: NOW + 86_400,
      pid,
      n: '张*三',
      c: (i % 3) as 0 | 1 | 2,
      r: crypto.randomUUID(),
    }
    qrs.push(await encodePass(claims, signer))
  }
  const publicKey = createPublicKey({ key: publicJwk, format: 'jwk' })
  return { qrs, keys: await parseJwks({ keys: [publicJwk] }), publicKey }
}

type Tally = { done: number; seconds: number; cpuSeconds: number }
const newTally = (): Tally => ({ done: 0, seconds: 0, cpuSeconds: 0 })

/** Runs `step` over the inputs round-robin for `seconds`, adding to the tally. */
async function runSlice<T>(tally: Tally, inputs: T[], step: (input: T) => unknown, seconds: number) {
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  while (performance.now() - start < seconds * 1000) {
    for (let i = 0; i < 50; i++) await step(inputs[tally.done++ % inputs.length])
  }
  tally.seconds += (performance.now() - start) / 1000
  const cpu = process.cpuUsage(cpuStart)
  tally.cpuSeconds += (cpu.user + cpu.system) / 1e6
}

async function runBench(): Promise<void> {
  const { qrs, keys, publicKey } = await makePasses()
  const revoked = new Set<string>()
  const options = { keys, now: NOW + 3600, revoked: (pid: string) => revoked.has(pid) }
  const checkPass = async (qr: string) => {
    const result = await verifyPass(qr, options)
    if (result.status !== 'valid') throw new Error(`bench pass came back ${result.status}`)
  }
  const signed = qrs.map((qr) => {
    const opened = openEnvelope(qr)
    if (!opened.ok) throw new Error('bench pass did not open')
    const { protectedHeader, payload, signature } = opened.envelope
    return { data: encodeSigStructure(protectedHeader, payload), signature }
  })
  const checkRaw = ({ data, signature }: { data: Uint8Array; signature: Uint8Array }) => {
    if (!verify(null, data, publicKey, signature)) throw new Error('baseline signature failed')
  }

  for (const qr of qrs) await checkPass(qr) // warm-up: JIT and the per-kid key cache
  for (const s of signed) checkRaw(s)
  // Interleaved half-second slices, so a noisy neighbour slows both sides alike.
  const passTally = newTally()
  const rawTally = newTally()
  for (let round = 0; round < SECONDS / SLICE_SECONDS; round++) {
    await runSlice(passTally, qrs, checkPass, SLICE_SECONDS)
    await runSlice(rawTally, signed, checkRaw, SLICE_SECONDS)
  }
  const passes = {
    perSecond: passTally.done / passTally.seconds,
    cpu: passTally.cpuSeconds / passTally.seconds,
  }
  const baseline = {
    perSecond: rawTally.done / rawTally.seconds,
    cpu: rawTally.cpuSeconds / rawTally.seconds,
  }

  const qrChars = Math.max(...qrs.map((qr) => qr.length))
  const ratio = passes.perSecond / baseline.perSecond
  console.info(
    `node ${process.version}, ${PASSES} distinct passes, ${SECONDS} s per side in ${SLICE_SECONDS} s slices, one at a time`,
  )
  console.info(`qr length: ${qrChars} chars (max over the set)`)
  console.info(
    `verifyPass:          ${passes.perSecond.toFixed(0)} passes/s (CPU ${(passes.cpu * 100).toFixed(0)}% of one core)`,
  )
  console.info(
    `node:crypto verify:  ${baseline.perSecond.toFixed(0)} verifies/s (CPU ${(baseline.cpu * 100).toFixed(0)}% of one core)`,
  )
  console.info(
    // Per CPU-second is the figure for "one core" when the machine is shared and the
    // process gets only part of one.
    `RESULT bench=verify passes_per_s=${passes.perSecond.toFixed(0)} passes_per_cpu_s=${(passes.perSecond / passes.cpu).toFixed(0)} baseline_verifies_per_s=${baseline.perSecond.toFixed(0)} baseline_per_cpu_s=${(baseline.perSecond / baseline.cpu).toFixed(0)} ratio=${ratio.toFixed(2)} qr_chars=${qrChars}`,
  )
}

await runBench()
