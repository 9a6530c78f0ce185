import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { IdParams, Paged, Text } from '../../core/schemas.js'
import { STAFF_KINDS } from './staff.queries.js'
import { addStaffMember, createTeam, listStaff, listTeams } from './staff.service.js'
import { staffMemberDetail, updateStaffMember } from './members.service.js'
import { teamDetail, updateTeam } from './teams.service.js'

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
    householdIds: Type.Optional(Type.Array(Type.String(), { maxItems: 2000 })),
  },
  { additionalProperties: false },
)
const StaffChangesBody = Type.Object(
  {
    regionId: Type.Optional(Type.String({ minLength: 1 })),
    kind: Type.Optional(Kind),
    name: Type.Optional(Text(50)),
    unit: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    userId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  },
  { additionalProperties: false, minProperties: 1 },
)
const TeamChangesBody = Type.Object(
  {
    name: Type.Optional(Text(50)),
    memberIds: Type.Optional(Type.Array(Type.String(), { maxItems: 500 })),
    areaIds: Type.Optional(Type.Array(Type.String(), { maxItems: 500 })),
    householdIds: Type.Optional(Type.Array(Type.String(), { maxItems: 2000 })),
  },
  { additionalProperties: false, minProperties: 1 },
)
const NullableText = Type.Union([Type.String(), Type.Null()])
const StaffSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  unit: NullableText,
  phone: NullableText,
  regionId: Type.String(),
  regionName: Type.String(),
  userId: NullableText,
  joinedOn: Type.String(),
})
const TeamRowSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  region_id: Type.String(),
  region_name: Type.String(),
  members: Type.Integer(),
  areas: Type.Integer(),
  households: Type.Integer(),
})
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
    {
      schema: { tags, querystring: ListQuery, response: { 200: Paged(StaffSchema) } },
      config: { permission: 'staff:read' },
    },
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
  r.get(
    '/api/v1/teams',
    { schema: { tags, response: { 200: Type.Array(TeamRowSchema) } }, config: { permission: 'staff:read' } },
    async (req) => listTeams(app.db, req.actor),
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
    async (req) => teamDetail(app.db, req.actor, req.params.id),
  )
  r.get(
    '/api/v1/staff/:id',
    { schema: { tags, params: IdParams }, config: { permission: 'staff:read', record: 'staff' } },
    async (req) => staffMemberDetail(app.db, req.actor, req.params.id),
  )
  r.patch(
    '/api/v1/staff/:id',
    {
      schema: { tags, params: IdParams, body: StaffChangesBody },
      config: { permission: 'staff:write', record: 'staff' },
    },
    async (req) =>
      app.db
        .transaction()
        .execute((trx) => updateStaffMember(trx, req.actor, req.params.id, req.body as never)),
  )
  r.patch(
    '/api/v1/teams/:id',
    {
      schema: { tags, params: IdParams, body: TeamChangesBody },
      config: { permission: 'staff:write', record: 'team' },
    },
    async (req) => app.db.transaction().execute((trx) => updateTeam(trx, req.actor, req.params.id, req.body)),
  )
}
