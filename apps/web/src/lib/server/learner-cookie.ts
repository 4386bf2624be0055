/** The httpOnly cookie that keeps this browser's learner token; the proxy turns it into `Authorization`. */
export const LEARNER_COOKIE = 'nt_learner';

const TOKEN = /^nt_[A-Za-z0-9_-]{43}$/;
const TWO_YEARS_S = 2 * 365 * 24 * 3600;

/** The learner token in a request's cookies, if it has a well-formed one. */
export function learnerTokenOf(request: Request): string | undefined {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === LEARNER_COOKIE) {
      const value = rest.join('=');
      return TOKEN.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/** `Set-Cookie` for a new token: httpOnly (no script reads it), SameSite=Lax, Secure behind https. */
export function learnerCookie(token: string, secure: boolean): string {
  return `${LEARNER_COOKIE}=${token}; Path=/; Max-Age=${TWO_YEARS_S}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
