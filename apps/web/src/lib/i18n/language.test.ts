import { describe, expect, it } from 'vitest';
import { languageFromAcceptLanguage, languageOfTag, pickLanguage } from './language';

describe('interface language', () => {
  it('maps browser language tags to zh or en', () => {
    expect(languageOfTag('zh-CN')).toBe('zh');
    expect(languageOfTag('zh-Hant-TW')).toBe('zh');
    expect(languageOfTag('en_GB')).toBe('en');
    expect(languageOfTag('fr-FR')).toBeUndefined();
  });

  it('takes the first preferred language it speaks, else English', () => {
    expect(pickLanguage(['fr-FR', 'zh-TW', 'en'])).toBe('zh');
    expect(pickLanguage(['de', 'ja'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('honours Accept-Language q-values', () => {
    expect(languageFromAcceptLanguage('en;q=0.4, zh-CN;q=0.9, fr')).toBe('zh');
    expect(languageFromAcceptLanguage('zh;q=0, en-US')).toBe('en');
    expect(languageFromAcceptLanguage('fr-CH, fr;q=0.9, zh;q=0.8, *;q=0.5')).toBe('zh');
    expect(languageFromAcceptLanguage(undefined)).toBe('en');
    expect(languageFromAcceptLanguage(';;,,')).toBe('en');
  });
});
