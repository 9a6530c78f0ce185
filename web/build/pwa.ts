// The light entries (/gate, /r/…) as installable PWAs: for each, a web manifest, icons and a
// service worker over its app shell, emitted into dist/web/<scope>/ by the build and served
// by the dev server; the dev server also maps /gate… and /r/… to their HTML pages.
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { iconPng, iconSvg, type IconSpec } from './icons.ts'
import { serviceWorkerSource } from './service-worker.ts'

export interface LightApp {
  /** name of the entry in rolldownOptions.input */
  name: string
  /** '/gate/' */
  scope: string
  html: string
  title: string
  shortName: string
  description: string
  color: string
  icon: IconSpec
}

const manifestOf = (app: LightApp) => ({
  name: app.title,
  short_name: app.shortName,
  description: app.description,
  lang: 'zh-CN',
  start_url: app.scope,
  scope: app.scope,
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: app.color,
  icons: [
    { src: `${app.scope}icon.svg`, sizes: 'any', type: 'image/svg+xml' },
    { src: `${app.scope}icon-192.png`, sizes: '192x192', type: 'image/png' },
    { src: `${app.scope}icon-512.png`, sizes: '512x512', type: 'image/png' },
    { src: `${app.scope}icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
})

/** The files every light app has besides its bundle, by path under its scope. */
function staticFiles(app: LightApp): Record<string, string | Buffer> {
  return {
    'manifest.webmanifest': JSON.stringify(manifestOf(app), null, 2) + '\n',
    'icon.svg': iconSvg(app.icon),
    'icon-192.png': iconPng(app.icon, 192),
    'icon-512.png': iconPng(app.icon, 512),
  }
}

const TYPES: Record<string, string> = {
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  js: 'text/javascript',
}

export function lightPwa(apps: LightApp[]): Plugin {
  const files = new Map(apps.map((app) => [app.name, staticFiles(app)]))
  return {
    name: 'lianfang-light-pwa',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '/').split('?')[0]
        const app = apps.find((a) => url.startsWith(a.scope) || url === a.scope.slice(0, -1))
        if (!app) return next()
        const rest = url.slice(app.scope.length)
        const file = files.get(app.name)![rest]
        if (file !== undefined) {
          res.setHeader('Content-Type', TYPES[rest.split('.').pop()!])
          return res.end(file)
        }
        // no service worker while developing: it would cache what Vite serves fresh
        if (rest === 'sw.js') return res.writeHead(404).end()
        req.url = `/${app.html}`
        next()
      })
    },
    // after Vite's HTML plugin, so that the page is in the bundle and counts in the version
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const app of apps) {
          // each entry is built on its own: act on the one in this bundle
          const entry = Object.values(bundle).find(
            (c) => c.type === 'chunk' && c.isEntry && c.name === app.name,
          )
          if (!entry || entry.type !== 'chunk') continue
          for (const [name, source] of Object.entries(files.get(app.name)!))
            this.emitFile({ type: 'asset', fileName: `${app.scope.slice(1)}${name}`, source })
          const assets = new Set<string>()
          const visit = (fileName: string) => {
            const chunk = bundle[fileName]
            if (!chunk || assets.has(fileName)) return
            assets.add(fileName)
            if (chunk.type !== 'chunk') return
            // lazy chunks too: offline, nothing can be fetched later
            for (const next of [...chunk.imports, ...chunk.dynamicImports]) visit(next)
            chunk.viteMetadata?.importedCss.forEach((css) => assets.add(css))
            chunk.viteMetadata?.importedAssets.forEach((asset) => assets.add(asset))
          }
          visit(entry.fileName)
          const shell = [
            app.scope,
            ...[...assets].sort().map((f) => `/${f}`),
            ...Object.keys(files.get(app.name)!).map((f) => app.scope + f),
          ]
          const html = bundle[app.html]
          if (!html) this.error(`light entry ${app.name}: ${app.html} is not in the bundle`)
          const version = createHash('sha256')
            .update(JSON.stringify(shell))
            .update(html && html.type === 'asset' ? html.source : '')
            .digest('hex')
            .slice(0, 12)
          this.emitFile({
            type: 'asset',
            fileName: `${app.scope.slice(1)}sw.js`,
            source: serviceWorkerSource({ ...app, shell, version }),
          })
        }
      },
    },
  }
}
