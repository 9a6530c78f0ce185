// The people module's face: what other modules may use. Everything else in this folder is private.
export { type HouseholdCache, type PlacedRow, writeBatch } from './import/batch.js'
export { importPeople, type ImportProgress } from './import/import.service.js'
export { type PlaceNames } from './import/places.js'
export { previewPeopleFile } from './import/preview.js'
export { findPeopleByDocIndexes } from './import/queries.js'
export { type Encoding, type TableRow } from './import/reader.js'
export { openTable } from './import/table.js'
export {
  type DocumentType,
  type PersonProof,
  findHouseholdById,
  findPerson,
  findPersonByDocIndex,
  type ResidenceType,
} from './people.queries.js'
export {
  householdCountsUnder,
  householdCoverage,
  householdsByIds,
  householdsWithin,
  personIdsByPhoneIndex,
  type PersonLabel,
  personLabels,
} from './lookups.queries.js'
export {
  DocTypeSchema,
  type PersonInput,
  PersonSchema,
  ResidenceTypeSchema,
  SexSchema,
} from './people.schema.js'
export {
  documentIndex,
  ensureHousehold,
  findPersonByDocument,
  getHouseholdInScope,
  getPersonInScope,
  markKeyPerson,
  normalizeDocument,
  registerPerson,
  toPersonView,
} from './people.service.js'
export { PeopleErrors } from './people.service.js'
export { ImportErrors } from './import/validate.js'
export { confirmPersonProof, takeOverPerson } from './proof.service.js'
