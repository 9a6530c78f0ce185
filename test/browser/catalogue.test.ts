// Every error code the API can answer has a message in each web catalogue, so that users
// read their own language, never a code. A module that adds a code adds it to
// web/src/i18n/zh-CN.ts and en.ts (errors group).
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import '../../src/modules/index.js'
import { knownErrorCodes } from '../../src/core/errors.js'

type Catalogue = { errors: Record<string, string> } & Record<string, unknown>
// Loaded by path: the catalogues belong to web/tsconfig.json (bundler resolution), not to
// this project's typecheck.
const load = async (file: string) => (await import(path.resolve('web/src/i18n', file))) as Catalogue
const [zh, en] = await Promise.all([load('zh-CN.ts'), load('en.ts')])

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [prefix + k],
  )

describe('web message catalogues', () => {
  it.each([
    ['zh-CN', zh],
    ['en', en],
  ])('%s translates every API error code', (_lang, catalogue) => {
    const missing = knownErrorCodes().filter((code) => !Object.hasOwn(catalogue.errors, code))
    expect(missing).toEqual([])
  })

  it('has the same keys in every language', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort())
  })
})
