const HAN = /\p{Script=Han}/u;

/**
 * The language a question is answered in: Chinese when it contains any Han character, English otherwise.
 * Mixed questions such as `那host模式呢？` are Chinese, which is what their writer reads.
 *
 * @example
 * detectLanguage('What is a namespace?'); // 'en'
 * detectLanguage('bridge模式是什么'); // 'zh'
 */
export function detectLanguage(text: string): 'zh' | 'en' {
  return HAN.test(text) ? 'zh' : 'en';
}
