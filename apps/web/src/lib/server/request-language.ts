import { cookies, headers } from 'next/headers';
import { LANGUAGE_COOKIE, languageFromAcceptLanguage, type UiLanguage } from '../i18n/language';

/** The interface language of this request: the learner's saved choice (cookie), else `Accept-Language`. */
export async function requestLanguage(): Promise<UiLanguage> {
  const saved = (await cookies()).get(LANGUAGE_COOKIE)?.value;
  if (saved === 'zh' || saved === 'en') return saved;
  return languageFromAcceptLanguage((await headers()).get('accept-language'));
}
