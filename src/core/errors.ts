// One error type for the whole system. A module defines its codes with defineErrors and
// throws `new AppError(CareErrors.CARE_NO_HOUSEHOLD, details)`; the HTTP layer maps the
// code once to a status and a message in the user's language. A code is a branded string:
// only defineErrors makes one, so a typo or an unregistered code does not compile.
export interface ErrorSpec {
  status: number
  zh: string
  en: string
}

const catalogue = new Map<string, ErrorSpec>()

/** A registered error code. */
export type ErrorCode<K extends string = string> = K & { readonly __errorCode: true }

/** Each module registers its own codes next to its service. */
export function defineErrors<T extends Record<string, ErrorSpec>>(
  specs: T,
): { [K in keyof T & string]: ErrorCode<K> } {
  for (const [code, spec] of Object.entries(specs)) {
    const known = catalogue.get(code)
    // the same code in two modules must mean the same thing (BAD_PHONE in people and auth)
    if (known && JSON.stringify(known) !== JSON.stringify(spec))
      throw new Error(`error code defined twice, differently: ${code}`)
    catalogue.set(code, spec)
  }
  return Object.fromEntries(Object.keys(specs).map((k) => [k, k])) as never
}

export const CommonErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, zh: '输入有误：{detail}', en: 'Invalid input: {detail}' },
  BAD_TEXT: {
    status: 400,
    zh: '“{field}”含有不允许的字符（控制字符或无效的 Unicode）',
    en: '"{field}" contains characters that are not allowed (control characters or invalid Unicode)',
  },
  BAD_REQUEST: { status: 400, zh: '请求格式有误', en: 'Malformed request' },
  HEADERS_TOO_LARGE: {
    status: 431,
    zh: '请求的地址或请求头过长',
    en: 'The request URL or headers are too large',
  },
  REQUEST_TIMEOUT: { status: 408, zh: '请求超时', en: 'The request timed out' },
  BAD_JSON: { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求内容过大', en: 'The request body is too large' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  FORBIDDEN: { status: 403, zh: '您的角色无权进行此操作', en: 'Your role may not do this' },
  TOP_ONLY: {
    status: 403,
    zh: '此项属于全辖区，只有指挥部（最高一级）的账号可以修改',
    en: 'This belongs to the whole deployment: only an account at the top may change it',
  },
  NOT_FOUND: {
    status: 404,
    zh: '找不到该记录，或不在您的管辖范围内',
    en: 'Not found, or outside your scope',
  },
  ROUTE_NOT_FOUND: { status: 404, zh: '没有这个接口', en: 'No such endpoint' },
  CONFLICT: { status: 409, zh: '与现有记录冲突', en: 'Conflicts with an existing record' },
  RATE_LIMITED: { status: 429, zh: '尝试次数过多，请稍后再试', en: 'Too many attempts, try again later' },
  PAGE_TOO_DEEP: {
    status: 400,
    zh: '页码过深：最多翻过前 {max} 条，请缩小筛选范围',
    en: 'Page too deep: pages reach the first {max} rows only, narrow the filter',
  },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后再试', en: 'Internal error, please try again later' },
})

export class AppError extends Error {
  readonly code: ErrorCode
  readonly details: Record<string, unknown>
  constructor(code: ErrorCode, details: Record<string, unknown> = {}) {
    super(code)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }
  get status(): number {
    return catalogue.get(this.code)?.status ?? 500
  }
}

export type Lang = 'zh' | 'en'

export function errorMessage(code: string, lang: Lang, details: Record<string, unknown> = {}): string {
  const spec = catalogue.get(code) ?? catalogue.get('INTERNAL')!
  const text = lang === 'en' ? spec.en : spec.zh
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(details[key] ?? ''))
}

export function errorSpec(code: string): ErrorSpec | undefined {
  return catalogue.get(code)
}

export function knownErrorCodes(): string[] {
  return [...catalogue.keys()]
}
