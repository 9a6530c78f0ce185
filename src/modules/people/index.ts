import type { LianfangModule } from '../module.js'
import { peopleMigrations } from './people.migrations.js'
import { peopleRoutes } from './people.routes.js'
import { makePerson } from './people.fixtures.js'

export const peopleModule: LianfangModule = {
  name: 'people',
  migrations: peopleMigrations,
  routes: peopleRoutes,
  samples: { person: async (db, regionId) => (await makePerson(db, regionId)).id },
}
