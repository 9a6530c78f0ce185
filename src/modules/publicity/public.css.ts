// The public pages' stylesheet, served from a route so that no page needs inline CSS.
// Plain and readable on a cheap phone; the .print pages fill an A4 sheet.
export const PUBLIC_CSS = `
:root { color-scheme: light; --red: #b71c1c; --ink: #1f1f1f; --muted: #666; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.7 -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--ink); background: #f6f6f6; }
header.site { background: var(--red); color: #fff; padding: 16px; }
header.site h1 { margin: 0; font-size: 22px; }
header.site p { margin: 4px 0 0; opacity: .9; }
main { max-width: 720px; margin: 0 auto; padding: 12px 16px 32px; }
section { background: #fff; border-radius: 8px; padding: 12px 16px; margin: 12px 0; }
h2 { font-size: 18px; margin: 4px 0 8px; }
h3 { font-size: 16px; margin: 12px 0 4px; }
dl.figures { display: grid; grid-template-columns: 1fr auto; gap: 4px 16px; margin: 0; }
dl.figures dd { margin: 0; font-weight: 600; text-align: right; }
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.plain li { padding: 8px 0; border-bottom: 1px solid #eee; }
.kind { display: inline-block; font-size: 12px; color: var(--red); border: 1px solid var(--red); border-radius: 4px; padding: 0 4px; margin-right: 6px; }
.muted, time { color: var(--muted); font-size: 14px; }
a { color: #0b57d0; text-decoration: none; }
header.site a, header.site .muted { color: #fff; text-decoration: underline; }
footer { text-align: center; color: var(--muted); font-size: 13px; padding: 16px; }
article h1 { font-size: 22px; text-align: center; }
article .meta { text-align: center; }
.signature { text-align: right; margin-top: 24px; }
.qr { text-align: center; margin-top: 24px; }
.qr svg { width: 35mm; height: 35mm; }
@page { size: A4; margin: 20mm 18mm; }
body.print { background: #fff; }
body.print main { max-width: 174mm; padding: 0; }
body.print article h1 { font-size: 26pt; color: var(--red); margin: 0 0 6mm; }
body.print article { font-size: 14pt; line-height: 1.8; }
body.print .toolbar { margin: 8px 0; }
@media print { .toolbar { display: none; } body.print article { break-inside: auto; } .qr { break-inside: avoid; } }
`
