import type { LianfangModule } from '../../core/module.js'
import { peopleMigrations } from './people.migrations.js'
import { peopleRoutes } from './people.routes.js'

export const peopleModule: LianfangModule = {
  name: 'people',
  migrations: peopleMigrations,
  routes: peopleRoutes,
}
