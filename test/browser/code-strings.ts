/**
 * Strings that look like codes a reader should never see: snake_case words, {placeholders},
 * a bare 8-hex id prefix, a dotted action or catalogue key (`passage.purge`). Web addresses
 * are left out first: a poster's link is meant to be read.
 */
export function codeStrings(text: string): string[] {
  const plain = text.replace(/https?:\/\/\S+/g, ' ').replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, ' ')
  const patterns = [
    /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g,
    /\{\{?\s*\w+\s*\}?\}/g,
    /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8}\b/g,
    /\b[a-z][a-zA-Z_]*(?:\.[a-z][a-zA-Z_]*)+\b/g,
  ]
  return patterns.flatMap((p) => plain.match(p) ?? [])
}
