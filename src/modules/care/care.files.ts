// Files attached to a request (study materials to print): kept under the data directory,
// named by random ids; the original name is only a label in the database.
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { AppError } from '../../core/errors.js'
import './care.errors.js'
import { CareErrors } from './care.errors.js'
import { FILE_TYPES, type UploadedFile } from './care.schema.js'

export const MAX_FILE_BYTES = 10 * 1024 * 1024

export interface StoredFile {
  key: string
  name: string
  type: string
  size: number
}

/** A label safe to show and to send back in Content-Disposition. */
const cleanName = (name: string) =>
  [...path.basename(name.replace(/\\/g, '/'))]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch !== '"')
    .join('')
    .slice(0, 100) || 'file'

export async function saveCareFile(
  dataDir: string,
  requestId: string,
  file: UploadedFile,
): Promise<StoredFile> {
  if (!FILE_TYPES.includes(file.contentType)) throw new AppError(CareErrors.CARE_FILE_TYPE, { field: 'file' })
  const bytes = Buffer.from(file.data, 'base64')
  if (bytes.length > MAX_FILE_BYTES)
    throw new AppError(CareErrors.CARE_FILE_TOO_LARGE, { mb: MAX_FILE_BYTES / 1024 / 1024 })
  if (bytes.length === 0) throw new AppError(CareErrors.CARE_REQUEST_EMPTY, { field: 'file' })
  const key = path.posix.join('care-files', requestId, randomUUID())
  await mkdir(path.join(dataDir, 'care-files', requestId), { recursive: true })
  await writeFile(path.join(dataDir, key), bytes, { mode: 0o600 })
  return { key, name: cleanName(file.name), type: file.contentType, size: bytes.length }
}

export const readCareFile = (dataDir: string, key: string) => readFile(path.join(dataDir, key))

export const removeCareFile = (dataDir: string, key: string) => rm(path.join(dataDir, key), { force: true })
