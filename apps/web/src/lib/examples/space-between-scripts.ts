const HAN_THEN_LATIN = /(\p{Script=Han})([A-Za-z0-9])/gu;
const LATIN_THEN_HAN = /([A-Za-z0-9])(\p{Script=Han})/gu;

/**
 * Chinese text with a space between Han characters and Latin letters or digits, as the notes write it
 * (`Docker 镜像`, `什么是 Cgroups？`). Full-width punctuation needs no space and gets none.
 *
 * @example
 * spaceBetweenScripts('Cgroups是如何工作的？'); // 'Cgroups 是如何工作的？'
 */
export function spaceBetweenScripts(text: string): string {
  return text.replace(HAN_THEN_LATIN, '$1 $2').replace(LATIN_THEN_HAN, '$1 $2');
}
