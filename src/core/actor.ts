import { AppError, CommonErrors } from './errors.js'
import type { Role } from './permissions.js'

/** The signed-in staff member on whose behalf a service runs. */
export interface Actor {
  userId: string | null
  username: string
  displayName: string
  role: Role
  scopeRegionId: string
  /** materialised path of the scope region: everything the actor may see starts with it */
  scopePath: string
  /** signed in with a one-time password that must be changed first */
  mustChangePassword?: boolean
}

export const isInScope = (actor: Actor, regionPath: string) => regionPath.startsWith(actor.scopePath)

/** Scoped to the top region (指挥部): its path is a single segment, `/<id>/`. */
export const isAtTop = (actor: Actor) => !actor.scopePath.slice(1, -1).includes('/')

/** Records outside the actor's scope do not exist for them: 404, never 403. */
export function assertInScope(actor: Actor, regionPath: string | undefined, what = 'record'): void {
  if (!regionPath || !isInScope(actor, regionPath)) throw new AppError(CommonErrors.NOT_FOUND, { what })
}

/** The command line acts as the system, scoped to the whole tree. */
export const systemActor = (topRegionId: string, topPath: string): Actor => ({
  userId: null,
  username: 'system',
  displayName: '系统',
  role: 'admin',
  scopeRegionId: topRegionId,
  scopePath: topPath,
})
