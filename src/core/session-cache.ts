// A gate posts a passage every few seconds: the token → account lookup is kept briefly in
// this process. Whatever changes an account's powers or scope calls forgetSessions(); another
// server process on the same PostgreSQL sees such a change within SESSION_CACHE_MS.
export const SESSION_CACHE_MS = 5_000
export const SESSION_CACHE_MAX = 20_000
export const sessionCache = new Map<string, { row: unknown; at: number }>()

export const forgetSessions = () => sessionCache.clear()
