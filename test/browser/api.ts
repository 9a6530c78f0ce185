// What the browser tests share besides the server: API sessions in Node, accounts made
// through the API, and signing in on a page.
import type { Page } from 'playwright-core'
import type { RunningServer } from './server.js'

/** Ant Design puts a space between two Chinese characters on a button: match with or without. */
export const named = (text: string) =>
  new RegExp([...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'))

/** One API call: the JSON answer (undefined for 204), or an error for any other status than 2xx. */
export type Call = (method: string, path: string, body?: unknown) => Promise<any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** API calls sending `cookie` (none: anonymous). */
export function caller(url: string, cookie = ''): Call {
  return async (method, path, body) => {
    const res = await fetch(url + path, {
      method,
      // Origin as a browser sends it: a session cookie without one is refused (CROSS_SITE_UNKNOWN)
      headers: { cookie, origin: url, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = res.status === 204 ? undefined : await res.json()
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
}

/** A signed-in API session in Node (cookie jar of one cookie). */
export async function session(url: string, username: string, password: string): Promise<Call> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (!login.ok) throw new Error(`login ${username}: ${login.status} ${await login.text()}`)
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  return caller(url, cookie)
}

/** The first admin changes the printed one-time password to `password`: a session signed in with it. */
export async function firstAdmin(server: RunningServer, password: string): Promise<Call> {
  const first = await session(server.url, 'admin', server.adminPassword)
  await first('POST', '/api/v1/auth/password', { current: server.adminPassword, next: password })
  return session(server.url, 'admin', password)
}

/**
 * Creates an account and sets its password, so that it can sign in like anyone: its id, and
 * an API session signed in with that password.
 */
export async function account(
  url: string,
  admin: Call,
  username: string,
  role: string,
  scopeRegionId: string,
  password: string,
  displayName = username,
): Promise<{ id: string; call: Call }> {
  const made = await admin('POST', '/api/v1/users', { username, displayName, role, scopeRegionId })
  const first = await session(url, username, made.oneTimePassword)
  await first('POST', '/api/v1/auth/password', { current: made.oneTimePassword, next: password })
  return { id: made.user?.id as string, call: await session(url, username, password) }
}

/** Fills in the sign-in form the page shows and submits it. */
export async function submitSignIn(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: named('登录') }).click()
}

/** Opens `url` (the sign-in page, or a page that asks to sign in first) and signs in there. */
export async function signInPage(page: Page, url: string, username: string, password: string) {
  await page.goto(url)
  await submitSignIn(page, username, password)
}
