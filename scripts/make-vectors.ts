// Writes the LF1 test vectors in test/vectors/. Reuses keys.json when present, so
// re-running reproduces the same files byte for byte (Ed25519 and our CBOR are deterministic).
// Run: node --input-type=module -e "await (await import('vite')).runnerImport('./scripts/make-vectors.ts', { configFile: false })"
import { encode, Tagged } from 'cborg'
import { zlibSync } from 'fflate'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { encodeBase45 } from '../src/shared/pass/base45.js'
import { encodeClaims, encodeSigStructure } from '../src/shared/pass/codec.js'
import {
  encodePass,
  generatePassKeyPair,
  signerFromPrivateJwk,
  type PassClaims,
} from '../src/shared/pass/index.js'
import type { Ed25519PrivateJwk, Jwks, PassSigner, VerifyStatus } from '../src/shared/pass/index.js'

type KeysFile = {
  note: string
  privateJwk: Ed25519PrivateJwk
  jwks: Jwks
  unknownPrivateJwk: Ed25519PrivateJwk
}

const dir = new URL('../test/vectors/', import.meta.url)
const IAT = 1_767_225_600 // 2026-01-01T00:00:00Z
const claims: PassClaims = {
  iss: 'mawei',
  iat: IAT,
  exp: IAT + 86_400,
  pid: 'q7Xk2LmN9pRt4VwZ',
  n: '张*三',
  c: 0,
  r: '3f2b8c1e-7d4a-4e9b-a6c5-0d1e2f3a4b5c',
}

async function loadOrCreateKeys(): Promise<KeysFile> {
  const file = new URL('keys.json', dir)
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KeysFile
  const issuer = await generatePassKeyPair()
  const stranger = await generatePassKeyPair()
  const keys: KeysFile = {
    note: 'TEST KEYS ONLY, published on purpose. unknownPrivateJwk signs unknown_key.json and is not in jwks.',
    privateJwk: issuer.privateJwk,
    jwks: { keys: [issuer.publicJwk] },
    unknownPrivateJwk: stranger.privateJwk,
  }
  writeJson('keys.json', keys)
  return keys
}

/** A pass whose payload was swapped after signing: red claims signed, green shown. */
async function makeTamperedPass(signer: PassSigner): Promise<string> {
  const protectedHeader = encode(
    new Map<number, unknown>([
      [1, -8],
      [4, signer.kid],
    ]),
  )
  const signature = await signer.sign(encodeSigStructure(protectedHeader, encodeClaims({ ...claims, c: 2 })))
  const cose = encode(new Tagged(18, [protectedHeader, new Map(), encodeClaims(claims), signature]))
  return 'LF1:' + encodeBase45(zlibSync(cose, { level: 9 }))
}

/** Correctly signed with the Ed25519 key, but the header claims ES256 (-7). */
async function makeWrongAlgPass(signer: PassSigner): Promise<string> {
  const protectedHeader = encode(
    new Map<number, unknown>([
      [1, -7],
      [4, signer.kid],
    ]),
  )
  const payload = encodeClaims(claims)
  const signature = await signer.sign(encodeSigStructure(protectedHeader, payload))
  const cose = encode(new Tagged(18, [protectedHeader, new Map(), payload, signature]))
  return 'LF1:' + encodeBase45(zlibSync(cose, { level: 9 }))
}

function writeJson(name: string, value: unknown): void {
  writeFileSync(new URL(name, dir), JSON.stringify(value, null, 2) + '\n')
}

async function writeVectors(): Promise<void> {
  const keys = await loadOrCreateKeys()
  const signer = await signerFromPrivateJwk(keys.privateJwk)
  const stranger = await signerFromPrivateJwk(keys.unknownPrivateJwk)
  const good = await encodePass(claims, signer)
  const during = IAT + 3600
  const cases: [VerifyStatus, string, string, number, string[], PassClaims | null][] = [
    ['valid', 'Signed by the jwks key, checked an hour after iat.', good, during, [], claims],
    ['expired', 'Checked an hour after exp.', good, claims.exp + 3600, [], claims],
    ['not_yet_valid', 'Checked an hour before iat.', good, IAT - 3600, [], claims],
    [
      'bad_signature',
      'Signature covers c=2; the payload was swapped for c=0.',
      await makeTamperedPass(signer),
      during,
      [],
      null,
    ],
    [
      'unknown_key',
      'Signed by unknownPrivateJwk, whose kid is not in jwks.',
      await encodePass(claims, stranger),
      during,
      [],
      null,
    ],
    ['revoked', 'pid is on the revocation list.', good, during, [claims.pid], claims],
    [
      'malformed',
      'Protected header says alg -7 (ES256); only -8 (EdDSA) is accepted.',
      await makeWrongAlgPass(signer),
      during,
      [],
      null,
    ],
  ]
  for (const [expect, description, qr, now, revoked, expectedClaims] of cases) {
    writeJson(`${expect}.json`, { description, qr, now, revoked, expect, claims: expectedClaims })
  }
  console.info(`wrote ${cases.length} vectors to ${dir.pathname} (pass length ${good.length})`)
}

await writeVectors()
