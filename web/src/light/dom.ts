// A few lines instead of a framework: the light entries must stay small.
type Child = Node | string | null | undefined | false

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | (() => void) | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [key, value] of Object.entries(props)) {
    if (key === 'onClick' && typeof value === 'function') el.addEventListener('click', value)
    else if (typeof value === 'string') el.setAttribute(key, value)
  }
  for (const child of children) if (child) el.append(child)
  return el
}
