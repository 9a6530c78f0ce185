import { Type, type Static } from 'typebox'
import { MAX_PAGE, OneOf, Text } from '../../core/schemas.js'
import { ROLES } from '../../core/permissions.js'

export const RoleSchema = OneOf(ROLES)

export const UserSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String(),
  scopeRegionId: Type.String(),
  scopeName: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  createdAt: Type.String(),
})

export const LoginBody = Type.Object(
  { username: Text(64), password: Type.String({ minLength: 1, maxLength: 256 }) },
  { additionalProperties: false },
)
export type LoginInput = Static<typeof LoginBody>

export const MeSchema = Type.Object({
  user: UserSchema,
  actions: Type.Array(Type.String()),
  scopePath: Type.String(),
  timeZone: Type.String(),
})

export const ChangePasswordBody = Type.Object(
  {
    current: Type.String({ minLength: 1, maxLength: 256 }),
    next: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
)

const Username = Type.String({ minLength: 3, maxLength: 32, pattern: '^[A-Za-z0-9_.-]+$' })
const Phone = Type.Union([Type.String({ maxLength: 20 }), Type.Null()])

export const CreateUserBody = Type.Object(
  {
    username: Username,
    displayName: Text(50),
    role: RoleSchema,
    scopeRegionId: Type.String({ minLength: 1 }),
    phone: Type.Optional(Phone),
  },
  { additionalProperties: false },
)
export type NewUser = Static<typeof CreateUserBody>

export const UpdateUserBody = Type.Object(
  {
    displayName: Type.Optional(Text(50)),
    role: Type.Optional(RoleSchema),
    scopeRegionId: Type.Optional(Type.String({ minLength: 1 })),
    phone: Type.Optional(Phone),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type UserChanges = Static<typeof UpdateUserBody>

export const UserListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 50 })),
    role: Type.Optional(RoleSchema),
    page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
)
export type UserFilter = Static<typeof UserListQuery>

export const RevealBody = Type.Object({ reason: Text(200) }, { additionalProperties: false })
