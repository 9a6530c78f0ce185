// The web app: the admin SPA (index.html) and the light PWAs for checkpoints (gate.html,
// served at /gate) and residents (resident.html, served at /r/…). `npm run dev` proxies
// the API to the server on :3000.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type EnvironmentOptions } from 'vite'
import { bundleBudget } from './build/budget.ts'
import { gateIcon, residentIcon } from './build/icons.ts'
import { lightPwa } from './build/pwa.ts'
import { gate, resident } from './src/i18n/zh-CN.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const api = process.env.LIANFANG_API ?? 'http://localhost:3000'
const LIGHT_BUDGET = 120 * 1024

const entryBuild = (name: string, html: string, first = false): EnvironmentOptions => ({
  consumer: 'client',
  build: {
    outDir: path.resolve(here, '../dist/web'),
    emptyOutDir: first,
    rolldownOptions: { input: { [name]: path.resolve(here, html) } },
  },
})

export default defineConfig({
  root: here,
  base: '/',
  plugins: [
    react(),
    lightPwa([
      {
        name: 'gate',
        scope: '/gate/',
        html: 'gate.html',
        title: `${gate.title} · 联防`,
        shortName: gate.title,
        description: gate.subtitle,
        color: '#0958d9',
        icon: gateIcon('#0958d9'),
      },
      {
        name: 'resident',
        scope: '/r/',
        html: 'resident.html',
        title: `${resident.title} · 联防`,
        shortName: resident.title,
        description: resident.subtitle,
        color: '#389e0d',
        icon: residentIcon('#389e0d'),
      },
    ]),
    bundleBudget({ gate: LIGHT_BUDGET, resident: LIGHT_BUDGET }),
  ],
  resolve: { alias: { '@shared': path.resolve(here, '../src/shared') } },
  server: {
    proxy: Object.fromEntries(
      ['/api', '/healthz', '/.well-known'].map((prefix) => [prefix, { target: api, changeOrigin: false }]),
    ),
  },
  // The admin app and each light entry are built apart (one Vite environment each), so that
  // a light entry bundles only what it uses, never a chunk shared with the admin app.
  builder: {},
  build: { reportCompressedSize: false, chunkSizeWarningLimit: 1500 },
  environments: {
    client: entryBuild('admin', 'index.html', true),
    gate: entryBuild('gate', 'gate.html'),
    resident: entryBuild('resident', 'resident.html'),
  },
})
