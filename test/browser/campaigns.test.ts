// 排查行动 in a real browser on a phone-sized screen: a grid member sweeps three households
// (visited with a person seen, nobody home, refused), a caller works three numbers (reached
// with travel from a risk area, no answer with a call-back, wrong number), and the community
// worker's campaigns page shows coverage and progress matching those outcomes. The records
// around it are made through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { makeMobile, makeResidentId } from '../../src/modules/people/people.fixtures.js'
import { account, firstAdmin, named, signInPage, type Call } from './api.js'
import {
  buildIfStale,
  chromiumAvailable,
  launchChromium,
  SCREENSHOTS,
  startServer,
  type RunningServer,
} from './server.js'

const PHONE = { width: 375, height: 812 }
/** A list's row: a table row on wide screens, a card on phones (ListTable). */
const ROW = '.ant-table-row, .lf-card-row'
/** A row's values in column order: a table's cells, a card's title then its lines. */
const CELL = 'td, .lf-card-head, .lf-card-value'
const PASSWORD = 'Lianfang-sweep-2020'
const localDay = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10)

describe.skipIf(!chromiumAvailable())('screening campaigns in Chromium', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  let admin: Call
  let traveller: string
  const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })

  async function signIn(username: string) {
    await page.context().clearCookies()
    await signInPage(page, server.url + '/login', username, PASSWORD)
    await page.waitForURL((u) => !u.pathname.startsWith('/login'))
  }

  beforeAll(async () => {
    buildIfStale()
    server = await startServer()
    const url = server.url
    admin = await firstAdmin(server, PASSWORD)
    const region = async (parentId: string, name: string, type: string) =>
      (await admin('POST', '/api/v1/regions', { parentId, name, type })).id as string
    const top = await admin('GET', '/api/v1/regions/scope')
    const street = await region(top.id, '罗星街道', 'street')
    const community = await region(street, '马限社区', 'community')
    const compound = await region(community, '马限小区', 'compound')
    const building1 = await region(compound, '1号楼', 'building')
    const building2 = await region(compound, '2号楼', 'building')
    const worker = (await account(url, admin, 'worker1', 'community_worker', community, PASSWORD)).call
    await account(url, admin, 'grid1', 'grid_member', compound, PASSWORD)
    const liaison = (await account(url, admin, 'liaison1', 'enterprise_liaison', compound, PASSWORD)).id
    const caller = (await account(url, admin, 'caller1', 'grid_member', community, PASSWORD)).id
    const person = async (name: string, regionId: string, address: string, i: number, phone?: string) =>
      (
        await admin('POST', '/api/v1/people', {
          name,
          docType: 'id_card',
          docNumber: makeResidentId('19800101', 700 + i),
          phone,
          regionId,
          address,
          residenceType: 'registered',
        })
      ).person.id as string
    await person('张一', building1, '101室', 1)
    await person('李二', building1, '102室', 2)
    await person('赵三', building1, '103室', 3)
    const travellerPhone = makeMobile()
    traveller = await person('王四', building2, '201室', 4, travellerPhone)
    await admin('POST', '/api/v1/risk-areas', { name: '湖北省', aliases: ['武汉'], fromDate: localDay(-30) })

    await worker('POST', '/api/v1/campaigns', { kind: 'sweep', name: '1号楼扫楼', regionId: building1 })
    const phone = await worker('POST', '/api/v1/campaigns', {
      kind: 'phone',
      name: '移动号码排查',
      regionId: community,
    })
    const csv = [
      '手机号码,运营商',
      `${travellerPhone},中国移动`,
      `${makeMobile()},中国移动`,
      `${makeMobile()},中国移动`,
    ]
    await worker('POST', `/api/v1/campaigns/${phone.id}/numbers/import`, {
      content: Buffer.from(csv.join('\n')).toString('base64'),
      callKnown: true,
    })
    await worker('POST', `/api/v1/campaigns/${phone.id}/call-lists`, { callerIds: [caller] })
    await worker('POST', '/api/v1/enterprises', {
      name: '马尾造船厂',
      address: '马尾开发区儒江西路',
      regionId: compound,
      liaisonId: liaison,
    })
    browser = await launchChromium()
    const context = await browser.newContext({
      viewport: PHONE,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    })
    page = await context.newPage()
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lets a grid member sweep three households on a phone', async () => {
    await signIn('grid1')
    await page.goto(server.url + '/sweep')
    const cards = page.getByTestId('household-card')
    await cards
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(async (e: unknown) => {
        await shot('sweep-00-missing')
        throw e
      })
    expect(await cards.locator('.ant-card-head-title').allInnerTexts()).toEqual(['101室', '102室', '103室'])
    const card101 = cards.filter({ hasText: '101室' })
    await card101.getByRole('checkbox', { name: '张一' }).waitFor()
    expect(await card101.getByRole('checkbox', { name: '张一' }).isChecked()).toBe(true)
    // a lodger met at the door, not yet registered: joins the registry with the visit
    const lodgerDoc = makeResidentId('19950505', 802)
    await card101.getByRole('button', { name: named('+ 新增人员（未登记）') }).click()
    await card101.getByLabel('姓名').fill('陈租客')
    await card101.getByLabel('身份证号码').fill(lodgerDoc)
    await shot('sweep-01-list-375')
    for (const [address, outcome] of [
      ['101室', '已走访'],
      ['102室', '无人在家'],
      ['103室', '拒绝'],
    ]) {
      await cards
        .filter({ hasText: address })
        .getByRole('button', { name: named(outcome) })
        .click()
      await page.getByText(`${address}：已记录`).waitFor()
      await cards.filter({ hasText: address }).waitFor({ state: 'detached' })
    }
    await page.getByText('本清单已全部走访').waitFor()
    // 需回访: the household where nobody was home
    await page.getByText('需回访', { exact: true }).click()
    await cards.first().waitFor()
    expect(await cards.locator('.ant-card-head-title').allInnerTexts()).toEqual(['102室'])
    await shot('sweep-02-revisit-375')
    const lodger = (await admin('POST', '/api/v1/people/search', { document: lodgerDoc })).items[0]
    expect(lodger).toMatchObject({ name: '陈租客', address: '101室' })
  }, 60_000)

  it('lets a caller work three numbers, one of them a traveller from a risk area', async () => {
    await signIn('caller1')
    await page.goto(server.url + '/calls')
    const next = page.getByRole('button', { name: named('下一个号码') })
    const card = page.getByTestId('call-card')
    const outcome = async (name: string) => {
      await card.getByRole('button', { name: named(name) }).click()
      await page.getByText('已记录', { exact: true }).last().waitFor()
      await card.waitFor({ state: 'detached' })
    }
    await next.click()
    await card.waitFor()
    expect(await card.innerText()).toContain('已在人员库')
    await card.getByLabel('从何地来（如 湖北省武汉市）').fill('湖北省武汉市')
    await card.getByLabel('抵达日期').fill(localDay(-3))
    await card.getByRole('checkbox', { name: '咳嗽' }).check()
    await shot('calls-01-reached-375')
    await outcome('已接通')

    await next.click()
    await card.waitFor()
    await card.getByRole('checkbox', { name: '稍后回拨（1小时后）' }).check()
    await outcome('无人接听')

    await next.click()
    await card.waitFor()
    await outcome('空号/错号')
    await next.click()
    await page.getByText('您的号码已全部拨完').waitFor()
    await shot('calls-02-done-375')
    // 王四 came from Wuhan three days ago: now a key person
    expect((await admin('GET', `/api/v1/people/${traveller}`)).keyPerson).toBe(true)
  }, 60_000)

  it('shows the community worker coverage and progress matching those outcomes', async () => {
    await signIn('worker1')
    await page.goto(server.url + '/campaigns')
    await page.locator(ROW).filter({ hasText: '1号楼扫楼' }).click()
    const coverage = page.getByTestId('coverage-table')
    const row = coverage.locator(ROW).filter({ hasText: '1号楼' })
    await row.waitFor()
    // 楼栋 · 户数 · 已走访 · 无人在家 · 拒绝 · 待走访 · 覆盖率
    expect((await row.locator(CELL).allInnerTexts()).slice(0, 6)).toEqual(['1号楼', '3', '1', '1', '1', '0'])
    expect(await row.innerText()).toContain('33%')
    expect(await page.getByTestId('revisit-list').innerText()).toContain('102室')
    await shot('campaigns-01-coverage-375')

    await page.locator(ROW).filter({ hasText: '移动号码排查' }).click()
    const progress = page.getByTestId('campaign-progress')
    await progress.waitFor()
    const figure = async (title: string) =>
      (
        await progress
          .locator('.ant-statistic')
          .filter({ hasText: title })
          .locator('.ant-statistic-content')
          .innerText()
      ).trim()
    await expect.poll(() => figure('已拨打')).toBe('3')
    expect(await figure('号码总数')).toBe('3')
    expect(await figure('已接通')).toBe('1')
    expect(await figure('已完成')).toBe('2') // reached and wrong number
    expect(await figure('待拨打')).toBe('1') // the call-back
    const callerRow = page.getByTestId('caller-progress').locator(ROW)
    expect((await callerRow.locator(CELL).allInnerTexts()).slice(0, 4)).toEqual(['caller1', '3', '3', '1'])
    await shot('campaigns-02-progress-375')
  }, 60_000)

  it('lets a liaison enter a new hire and see the colour only; the community sees why', async () => {
    await signIn('liaison1')
    await page.goto(server.url + '/hires')
    await page.getByLabel('姓名').fill('林新工')
    await page.getByLabel('证件号码').fill(makeResidentId('19960808', 801))
    await page.getByRole('button', { name: named('登记') }).click()
    await page.getByText('已登记 林新工').waitFor()
    const row = page.getByTestId('hires-table').locator(ROW)
    await row.filter({ hasText: '林*工' }).waitFor()
    // not declared yet: yellow, and no health details on the liaison's page
    expect(await row.innerText()).toContain('黄码')
    expect(await page.getByTestId('hires-table').innerText()).not.toContain('尚未进行健康申报')
    await shot('enterprises-01-liaison-375')

    await signIn('worker1')
    await page.goto(server.url + '/enterprises')
    await page.locator(ROW).filter({ hasText: '马尾造船厂' }).click()
    const hire = page.getByTestId('hires-table').locator(ROW).filter({ hasText: '林新工' })
    await hire.waitFor()
    expect(await hire.innerText()).toContain('尚未进行健康申报')
    await page.getByText('1 人非绿码').waitFor()
    await shot('enterprises-02-community-375')

    // 代为申报: no travel, no symptoms — the hire turns green
    await signIn('liaison1')
    await page.goto(server.url + '/hires')
    await row
      .filter({ hasText: '林*工' })
      .getByRole('button', { name: named('代为申报') })
      .click()
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: named('确定') })
      .click()
    await page.getByText('林*工：绿码').waitFor()
    await row.filter({ hasText: '绿码' }).waitFor()
  }, 60_000)
})
