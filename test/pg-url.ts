export const adminUrl = () => process.env.TEST_DATABASE_URL || 'postgres://root@127.0.0.1:5432/test'

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl())
  url.pathname = `/${name}`
  return url.toString()
}
