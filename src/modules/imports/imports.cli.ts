// lianfang import people FILE [--create-regions] [--under <regionId>] [--encoding …] [--json]
import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Command } from 'commander'
import type { CliKit } from '../../core/module.js'
import { importPeople, type ImportProgress } from '../people/index.js'
import type { Encoding } from '../people/index.js'

const ENCODINGS = ['utf8', 'gbk', 'gb18030']

/** "<dir>/<name>.errors.xlsx" beside the input file. */
export const errorsFileFor = (file: string) =>
  path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.errors.xlsx`)

/** A progress bar on stderr (stdout stays clean for --json); plain lines when not a terminal. */
export function progressBar(out: NodeJS.WriteStream = process.stderr) {
  const started = Date.now()
  let lastLine = 0
  return {
    update(p: ImportProgress) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001)
      const rate = Math.round(p.rowsRead / seconds)
      const share = p.bytesTotal ? Math.min(p.bytesRead / p.bytesTotal, 1) : 0
      const width = 30
      const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░')
      const text = `${bar} ${(share * 100).toFixed(0).padStart(3)}%  ${p.rowsRead} 行 rows  ${rate} 行/秒 rows/s  新增 ${p.imported}  更新 ${p.updated}  拒绝 ${p.rejected}`
      if (out.isTTY) out.write(`\r${text}`)
      else if (Date.now() - lastLine > 2000) {
        lastLine = Date.now()
        out.write(text + '\n')
      }
    },
    done() {
      if (out.isTTY) out.write('\n')
    },
  }
}

interface Opts {
  createRegions?: boolean
  under?: string
  encoding?: string
  json?: boolean
  batch?: string
}

export function importsCli(program: Command, { withDeployment }: CliKit) {
  const imp = program.command('import').description('批量导入 / bulk import')
  imp
    .command('people <file>')
    .description('导入人员名单 (.xlsx / CSV, UTF-8 或 GBK) / import a people roster')
    .option(
      '--create-regions',
      '创建文件中出现但尚不存在的小区、楼栋 / create missing compounds and buildings',
    )
    .option(
      '--under <regionId>',
      '在此区划下按名称查找地址 / look names up under this region (default: the top)',
    )
    .option('--encoding <enc>', `CSV 编码 encoding: ${ENCODINGS.join(' | ')} (default: detect)`)
    .option('--json', '以 JSON 输出结果 / print the summary as JSON')
    // larger than the server's 1000: fewer commits, each rewriting fewer index pages per row
    .option('--batch <n>', '每批行数 rows per transaction', '5000')
    .action(async (file: string, opts: Opts) => {
      if (opts.encoding && !ENCODINGS.includes(opts.encoding))
        throw new Error(`--encoding: expected one of ${ENCODINGS.join(', ')}`)
      const batchSize = Number(opts.batch)
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new Error('--batch: expected a whole number ≥ 1')
      await withDeployment(async (db, _config, actor) => {
        const bar = progressBar()
        await rm(errorsFileFor(file), { force: true }) // a report from an earlier run would mislead
        const summary = await importPeople(db, actor, {
          file,
          fileName: path.basename(file),
          errorsFile: errorsFileFor(file),
          encoding: opts.encoding as Encoding | undefined,
          createRegions: opts.createRegions,
          underId: opts.under,
          batchSize,
          // the command owns the database for its run (see ImportOptions.loadThenIndex)
          loadThenIndex: true,
          onProgress: (p) => bar.update(p),
        }).finally(() => bar.done())
        const result = {
          imported: summary.imported,
          updated: summary.updated,
          unchanged: summary.unchanged,
          rejected: summary.rejected,
          errors_file: summary.errorsFile,
        }
        if (opts.json) {
          console.log(JSON.stringify(result))
          return
        }
        console.log(
          `新增 imported ${summary.imported}，更新 updated ${summary.updated}，未变 unchanged ${summary.unchanged}，拒绝 rejected ${summary.rejected}`,
        )
        if (summary.regionsCreated) console.log(`新建区划 regions created: ${summary.regionsCreated}`)
        if (summary.unknownColumns.length)
          console.log(`未识别的列 unknown columns (ignored): ${summary.unknownColumns.join(', ')}`)
        if (summary.errorsFile) console.log(`错误报告 error report: ${summary.errorsFile}`)
      })
    })
}
