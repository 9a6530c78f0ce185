import { Type } from 'typebox'
import { typed, type App } from '../../http/types.js'
import { IdParams, Text } from '../../http/schemas.js'
import { STAFF_KINDS } from './staff.queries.js'
import { addStaffMember, createTeam, getTeamInScope, listStaff, listTeams } from './staff.service.js'

const tags = ['staff']
const Kind = Type.Union(STAFF_KINDS.map((k) => Type.Literal(k))) as unknown as ReturnType<typeof Type.String>
const Nullable = (t: ReturnType<typeof Type.String>) => Type.Union([t, Type.Null()])

const StaffBody = Type.Object(
  {
    regionId: Type.String({ minLength: 1 }),
    kind: Kind,
    name: Text(50),
    unit: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    userId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
    joinedOn: Type.String({ format: 'date' }),
  },
  { additionalProperties: false },
)
const TeamBody = Type.Object(
  {
    regionId: Type.String({ minLength: 1 }),
    name: Text(50),
    memberIds: Type.Array(Type.String(), { maxItems: 500 }),
    areaIds: Type.Array(Type.String(), { maxItems: 500 }),
  },
  { additionalProperties: false },
)
const ListQuery = Type.Object(
  {
    kind: Type.Optional(Kind),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
)

export function staffRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/staff',
    { schema: { tags, querystring: ListQuery }, config: { permission: 'staff:read' } },
    async (req) => listStaff(app.db, req.actor, req.query as never),
  )
  r.post(
    '/api/v1/staff',
    { schema: { tags, body: StaffBody }, config: { permission: 'staff:write' } },
    async (req, reply) =>
      reply
        .code(201)
        .send(await app.db.transaction().execute((trx) => addStaffMember(trx, req.actor, req.body as never))),
  )
  r.get('/api/v1/teams', { schema: { tags }, config: { permission: 'staff:read' } }, async (req) =>
    listTeams(app.db, req.actor),
  )
  r.post(
    '/api/v1/teams',
    { schema: { tags, body: TeamBody }, config: { permission: 'staff:write' } },
    async (req, reply) =>
      reply.code(201).send(await app.db.transaction().execute((trx) => createTeam(trx, req.actor, req.body))),
  )
  r.get(
    '/api/v1/teams/:id',
    { schema: { tags, params: IdParams }, config: { permission: 'staff:read', record: 'team' } },
    async (req) => getTeamInScope(app.db, req.actor, req.params.id),
  )
}
