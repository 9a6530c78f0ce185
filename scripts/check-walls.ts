// The wall between modules, for SQL: a module's queries touch only the tables its own
// migrations create (and the base layer's). Lint keeps imports behind each module's face
// (eslint.config.js); this check does the same for table names, which lint cannot see.
// One exception, read only: the region tree (`region`) is what every record hangs on and
// every scope is a subtree of, so any module may join it to filter by scope or show a
// region's name; only the regions module writes it.
// Run by `npm run check`; prints each breach as file:line and exits 1.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const root = path.resolve(import.meta.dirname, '..')
const READ_SHARED = new Set(['region'])
const WRITES = new Set(['updateTable', 'insertInto', 'deleteFrom', 'mergeInto'])
const KYSELY_TABLE_CALLS = new Set([
  'selectFrom',
  'innerJoin',
  'leftJoin',
  'rightJoin',
  'fullJoin',
  'updateTable',
  'insertInto',
  'deleteFrom',
  'mergeInto',
])

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : /\.tsx?$/.test(name) ? [full] : []
  })
}

/** table name → owner (a module's folder name, or 'core') from the createTable calls. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>()
  for (const file of filesUnder(path.join(root, 'src'))) {
    if (!/migrations\.ts$/.test(file)) continue
    const owner = moduleOf(file) ?? 'core'
    for (const m of readFileSync(file, 'utf8').matchAll(/createTable\(\s*'([a-z_0-9]+)'/g))
      owners.set(m[1], owner)
  }
  return owners
}

function moduleOf(file: string): string | undefined {
  const rel = path.relative(path.join(root, 'src', 'modules'), file)
  if (rel.startsWith('..')) return undefined
  const first = rel.split(path.sep)[0]
  return first.endsWith('.ts') ? undefined : first
}

// Raw SQL: `from x`, `join x`, `into x`, `update x` inside sql`…` templates.
const RAW_TABLE = /\b(from|join|into|update)\s+"?([a-z_][a-z_0-9]*)"?/gi

interface Breach {
  file: string
  line: number
  table: string
  owner: string
}

function breachesIn(file: string, owners: Map<string, string>): Breach[] {
  const self = moduleOf(file)
  if (!self || /\.(test|fixtures)\.ts$/.test(file) || /migrations\.ts$/.test(file)) return []
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: Breach[] = []
  const check = (node: ts.Node, table: string, write: boolean) => {
    const owner = owners.get(table)
    if (owner && owner !== self && owner !== 'core' && (write || !READ_SHARED.has(table))) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      found.push({ file: path.relative(root, file), line, table, owner })
    }
  }
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      KYSELY_TABLE_CALLS.has(node.expression.name.text)
    ) {
      const arg = node.arguments[0]
      const names = arg && ts.isArrayLiteralExpression(arg) ? arg.elements : arg ? [arg] : []
      for (const a of names)
        if (ts.isStringLiteralLike(a))
          check(a, a.text.trim().split(/\s+/)[0].split('.').pop()!, WRITES.has(node.expression.name.text))
    }
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'sql') {
      const text = node.template.getText(source)
      for (const m of text.matchAll(RAW_TABLE))
        check(node, m[2].toLowerCase(), m[1].toLowerCase() !== 'from' && m[1].toLowerCase() !== 'join')
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const owners = tableOwners()
const breaches = filesUnder(path.join(root, 'src', 'modules')).flatMap((f) => breachesIn(f, owners))
for (const b of breaches) console.log(`${b.file}:${b.line}  ${b.table} belongs to ${b.owner}`)
if (breaches.length) {
  console.log(
    `\n${breaches.length} queries reach into another module's tables: ask that module's index.ts instead`,
  )
  process.exit(1)
}
console.log(`walls: ${owners.size} tables, every query stays in its own module`)
