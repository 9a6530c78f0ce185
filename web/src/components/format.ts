// Dates and times in the deployment's time zone (me.timeZone), whatever the browser's.
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import { useMemo } from 'react'
import { useSession } from '../admin/session'
import { formatDate, formatDateTime } from './dates'

dayjs.extend(utc)
dayjs.extend(timezone)

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

export { formatDate, formatDateTime } from './dates'

/** Start of the first and end of the last of two calendar days in the zone, as ISO instants. */
export function dayRangeToIso(from: dayjs.Dayjs, to: dayjs.Dayjs, timeZone: string): [string, string] {
  const start = dayjs.tz(from.format('YYYY-MM-DD'), timeZone).startOf('day')
  const end = dayjs.tz(to.format('YYYY-MM-DD'), timeZone).endOf('day')
  return [start.toISOString(), end.toISOString()]
}

export function useTimeZone(): string {
  return useSession().me?.timeZone ?? DEFAULT_TIME_ZONE
}

export function useFormat() {
  const timeZone = useTimeZone()
  return useMemo(
    () => ({
      timeZone,
      dateTime: (iso: string | null | undefined) => formatDateTime(iso, timeZone),
      date: (iso: string | null | undefined) => formatDate(iso, timeZone),
    }),
    [timeZone],
  )
}
