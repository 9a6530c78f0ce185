import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { IdParams, Paged } from '../../core/schemas.js'
import {
  ListQuery,
  StaffBody,
  StaffChangesBody,
  StaffSchema,
  TeamBody,
  TeamChangesBody,
  TeamRowSchema,
} from './staff.schema.js'
import { addStaffMember, createTeam, listStaff, listTeams } from './staff.service.js'
import { staffMemberDetail, updateStaffMember } from './members.service.js'
import { teamDetail, updateTeam } from './teams.service.js'

const tags = ['staff']

export function staffRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/staff',
    {
      schema: { tags, querystring: ListQuery, response: { 200: Paged(StaffSchema) } },
      config: { permission: 'staff:read', scope: 'subtree' },
    },
    async (req) => listStaff(app.db, req.actor, req.query),
  )
  r.post(
    '/api/v1/staff',
    {
      schema: { tags, body: StaffBody },
      config: { permission: 'staff:write', scope: { body: { regionId: 'region', userId: 'user' } } },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(app.db, (trx) => addStaffMember(trx, req.actor, req.body))),
  )
  r.get(
    '/api/v1/teams',
    {
      schema: { tags, response: { 200: Type.Array(TeamRowSchema) } },
      config: { permission: 'staff:read', scope: 'subtree' },
    },
    async (req) => listTeams(app.db, req.actor),
  )
  r.post(
    '/api/v1/teams',
    {
      schema: { tags, body: TeamBody },
      config: {
        permission: 'staff:write',
        scope: {
          body: { regionId: 'area', memberIds: 'staff', areaIds: 'region', householdIds: 'household' },
        },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(app.db, (trx) => createTeam(trx, req.actor, req.body))),
  )
  r.get(
    '/api/v1/teams/:id',
    { schema: { tags, params: IdParams }, config: { permission: 'staff:read', scope: { url: 'team' } } },
    async (req) => teamDetail(app.db, req.actor, req.params.id),
  )
  r.get(
    '/api/v1/staff/:id',
    { schema: { tags, params: IdParams }, config: { permission: 'staff:read', scope: { url: 'staff' } } },
    async (req) => staffMemberDetail(app.db, req.actor, req.params.id),
  )
  r.patch(
    '/api/v1/staff/:id',
    {
      schema: { tags, params: IdParams, body: StaffChangesBody },
      config: {
        permission: 'staff:write',
        scope: { url: 'staff', body: { regionId: 'region', userId: 'user' } },
      },
    },
    async (req) => inTransaction(app.db, (trx) => updateStaffMember(trx, req.actor, req.params.id, req.body)),
  )
  r.patch(
    '/api/v1/teams/:id',
    {
      schema: { tags, params: IdParams, body: TeamChangesBody },
      config: {
        permission: 'staff:write',
        scope: { url: 'team', body: { memberIds: 'staff', areaIds: 'region', householdIds: 'household' } },
      },
    },
    async (req) => inTransaction(app.db, (trx) => updateTeam(trx, req.actor, req.params.id, req.body)),
  )
}
