import { describe, expect, it } from 'vitest';
import { compoundTerms } from './compound-terms';

describe('compoundTerms', () => {
  it('keeps directives, identifiers and dotted keys whole, folding separators and case', () => {
    expect(compoundTerms('Does `no-cache` mean no caching? See No_Cache.')).toEqual(['no-cache', 'no-cache']);
    expect(compoundTerms('proxy_cache_bypass and --with-http_ssl_module')).toEqual([
      'proxy-cache-bypass',
      'with-http-ssl-module',
    ]);
    expect(compoundTerms('sysctl -w net.core.somaxconn=4096')).toEqual(['net-core-somaxconn']);
  });

  it('leaves plain words, versions and Chinese text alone', () => {
    expect(compoundTerms('the kernel 3.10 and 内核参数')).toEqual([]);
    expect(compoundTerms('在 nginx.conf 里')).toEqual(['nginx-conf']);
  });
});
