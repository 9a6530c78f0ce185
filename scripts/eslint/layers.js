// The layers of Lianfang as a lint rule (docs/DEVELOPING.md draws them):
//
//   shared  browser-safe code (src/shared)            imports: shared
//   core    the base under every module (src/core, src/db, src/crypto, src/config.ts)
//                                                      imports: core, shared
//   module  one capability (src/modules/<name>)        imports: core, shared, its own files,
//                                                      other modules' index.ts (their face)
//   app     what composes the modules: server, CLI, demo, benches, tests
//                                                      imports: anything but modules' private files
//   web     the browser apps (web/src)                 imports: web, shared; a page folder
//           (web/src/pages/<x>) not another page folder, components/ no page folder
//
// Tests and fixtures may also import any module's `*.fixtures.ts`; production code never does.
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')
const rel = (file) => path.relative(root, file).split(path.sep).join('/')

/** What a file is: { layer, module?, test } */
export function classify(file) {
  const r = rel(file)
  const test =
    /\.(test|fixtures)\.tsx?$/.test(r) || /^(test|bench)\//.test(r) || /\.test-helpers\.ts$/.test(r)
  let m
  if (r.startsWith('src/shared/')) return { layer: 'shared', test }
  if (/^src\/(core|db|crypto)\//.test(r) || r === 'src/config.ts') return { layer: 'core', test }
  if ((m = r.match(/^src\/modules\/([^/]+)\/(.+)$/)))
    return { layer: 'module', module: m[1], file: m[2], test }
  if ((m = r.match(/^web\/src\/pages\/([^/]+)\//))) return { layer: 'web', page: m[1], test }
  if (r.startsWith('web/src/components/')) return { layer: 'web', components: true, test }
  if (r.startsWith('web/src/')) return { layer: 'web', test }
  if (r.startsWith('web/')) return { layer: 'webtool', test }
  return { layer: 'app', test }
}

const FACES = new Set(['index.ts', 'module.ts'])

const isFixture = (to) => /\.(fixtures|test-helpers)\.ts$/.test(to.file ?? '')

function breach(from, to) {
  if (from.test) {
    // tests stand outside the layers, but still enter another module only by its face or fixtures
    if (to.layer !== 'module' || to.module === from.module || FACES.has(to.file) || isFixture(to)) return null
    return `reaches into module ${to.module}'s private file ${to.file}: import its index.ts or fixtures`
  }
  if (to.layer === 'module' && isFixture(to)) return 'production code may not import test fixtures'
  if (to.layer === 'app' && from.layer !== 'app') return 'may not import the app layer (server, CLI, demo)'
  switch (from.layer) {
    case 'shared':
      return to.layer === 'shared' ? null : 'src/shared runs in the browser too: it imports only src/shared'
    case 'core':
      return to.layer === 'core' || to.layer === 'shared' ? null : 'the base layer imports no module'
    case 'web':
      if (to.layer !== 'web' && to.layer !== 'shared')
        return 'the browser apps import only web/src and src/shared'
      if (to.page && (from.components || (from.page && from.page !== to.page)))
        return `reaches into page folder ${to.page}: move what is shared to web/src/components`
      return null
    case 'module':
      if (to.layer !== 'module' || to.module === from.module) return null
      if (to.file === 'index.ts') return null
      return `reaches into module ${to.module}'s private file ${to.file}: import its index.ts`
    default:
      if (to.layer !== 'module' || FACES.has(to.file)) return null
      return `reaches into module ${to.module}'s private file ${to.file}: import its index.ts`
  }
}

export const layersPlugin = {
  rules: {
    layers: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = context.filename
        const from = classify(file)
        const check = (node, spec) => {
          if (typeof spec !== 'string' || !spec.startsWith('.')) return
          const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts')
          const why = breach(from, classify(target))
          if (why) context.report({ node, message: `${spec}: ${why}` })
        }
        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
        }
      },
    },
  },
}
