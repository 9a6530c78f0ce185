// 查询限流: a search by document number or phone confirms or refutes a guess, so each
// account gets a few a minute — enough for a desk, far too few to walk the digits a mask hides.
import type { FastifyRequest } from 'fastify'
import { AppError, defineErrors } from './errors.js'

export const LOOKUPS_PER_MINUTE = 30

export const LookupErrors = defineErrors({
  LOOKUP_RATE_LIMITED: {
    status: 429,
    zh: '查询过于频繁（每分钟最多 {max} 次），请稍后再试',
    en: 'Too many searches (at most {max} a minute), try again later',
  },
})

/**
 * Route config: `config: { permission, rateLimit: perAccountLookups('people.search') }`.
 * Counted after the auth hook (preHandler), keyed by the account, never by the address: a
 * whole office shares one address, and an insider's allowance must not grow with proxies.
 */
export const perAccountLookups = (group: string) => ({
  max: LOOKUPS_PER_MINUTE,
  timeWindow: 60_000,
  hook: 'preHandler' as const,
  keyGenerator: (req: FastifyRequest) => `${group}:${req.actor.userId}`,
  errorResponseBuilder: () => new AppError(LookupErrors.LOOKUP_RATE_LIMITED, { max: LOOKUPS_PER_MINUTE }),
})
