/**
 * Whether an English label reads as a plural noun phrase (`namespaces`, `Cgroups`, `image layers`), for
 * verb agreement in generated sentences. Names that merely end in s (`iptables`, `bus`, `access`, `rootfs`)
 * and acronyms (`AUFS`) are not.
 *
 * @example
 * looksPlural('namespaces'); // true
 * looksPlural('Docker Hub'); // false
 */
export function looksPlural(label: string): boolean {
  return /[a-z]s$/.test(label) && !/(?:ss|us|is|os|fs|tables)$/i.test(label);
}
