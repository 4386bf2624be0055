import { describe, expect, it } from 'vitest';
import { compoundTerms, writtenAsOne } from './compound-terms';

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

describe('writtenAsOne', () => {
  it('reads names, dotted settings and paths written without spaces as one name each', () => {
    expect(writtenAsOne('The squeezed column of /proc/net/softnet_stat keeps growing')).toEqual([
      'proc/net/softnet_stat',
    ]);
    expect(writtenAsOne('I raised net.core.netdev_budget and proxy_cache_valid')).toEqual([
      'net.core.netdev_budget',
      'proxy_cache_valid',
    ]);
    expect(writtenAsOne('Is no-cache the same as max-age=0?')).toEqual(['no-cache', 'max-age']);
    expect(writtenAsOne('kubectl logs under var/log/pods')).toEqual(['var/log/pods']);
  });

  it('reads one slash between two words as two words, and plain words as none', () => {
    expect(writtenAsOne('Is the volume read/write? Is TCP/IP a stack?')).toEqual([]);
    expect(writtenAsOne('What does softnet_stat/dev show?')).toEqual(['softnet_stat']);
    expect(writtenAsOne('How do I restart nginx?')).toEqual([]);
  });
});
