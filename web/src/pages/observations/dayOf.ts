// "第 5 天 / 共 14 天", or, for an observation still open after its last day, how many days
// it is overdue (a forgotten release, or a demo moved in time): never "第 2478 天 / 共 14 天".
export function dayOfArgs(o: { day: number; of: number; status?: string }) {
  const over = o.day - o.of
  return {
    day: o.day,
    of: o.of,
    over,
    ...(over > 0 && o.status !== 'released' && { context: 'overdue' }),
  }
}
