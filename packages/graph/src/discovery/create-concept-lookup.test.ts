import { describe, expect, it } from 'vitest';
import { seedVocabulary } from '../../test/corpus';
import { createConceptLookup } from './create-concept-lookup';

const lookup = createConceptLookup(seedVocabulary().concepts);
const ids = (text: string, lang?: 'zh' | 'en') => lookup.find(text, lang ? { lang } : {}).map((m) => m.id);

describe('createConceptLookup', () => {
  it('resolves any alias regardless of case, full/half width and Latin–Chinese spacing', () => {
    expect(lookup.resolve('ｄｏｃｋｅｒ０')).toBe('docker0');
    expect(lookup.resolve('DOCKER0')).toBe('docker0');
    expect(lookup.resolve('Docker   Hub')).toBe('docker-hub');
    expect(lookup.resolve('Linux 内核')).toBe('kernel');
    expect(lookup.resolve('Linux内核')).toBe('kernel');
    expect(lookup.resolve('bridge 模式')).toBe('bridge');
    expect(lookup.resolve('namespaces')).toBe('namespaces');
    expect(lookup.resolve('nothing-like-this')).toBeUndefined();
  });

  it('finds mentions longest first, with offsets into the original text', () => {
    const text = '从dokcer hub中获取镜像文件，Docker daemon守护进程监听socket文件';
    const mentions = lookup.find(text, { lang: 'zh' });
    expect(mentions.map((m) => [m.id, m.surface])).toEqual([
      ['docker-hub', 'dokcer hub'],
      ['image', '镜像文件'],
      ['docker-daemon', 'Docker daemon'],
      ['docker-daemon', '守护进程'],
      ['unix-socket', 'socket文件'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('keeps offsets right around full-width letters, emoji and zero-width characters', () => {
    const text = '🐳 ｄｏｃｋｅｒ０\u200b网桥 and 😀 iptables';
    const mentions = lookup.find(text);
    expect(mentions.map((m) => m.surface)).toEqual(['ｄｏｃｋｅｒ０', '网桥', 'iptables']);
    expect(mentions.map((m) => m.id)).toEqual(['docker0', 'bridge', 'iptables']);
  });

  it('matches Latin aliases as whole words, plurals included', () => {
    expect(ids('a rapid update')).toEqual([]);
    expect(ids('the PID namespace')).toEqual(['pid-namespace']);
    expect(ids('several veth pairs and two bridges')).toEqual(['veth-pair', 'bridge']);
    expect(ids('docker0 is not docker')).toEqual(['docker0', 'docker']);
    expect(ids('overlay2-based')).toEqual([]);
  });

  it('honours aliases limited to one language or one letter case', () => {
    expect(ids('默认有三种bridge、host、none', 'zh')).toEqual(['bridge', 'host-mode', 'none-mode']);
    expect(ids('uses the host network, not the bridge', 'en')).toEqual(['host-mode', 'bridge']);
    expect(ids('the host machine', 'en')).toEqual(['host']);
    expect(ids('each USER has a user', 'en')).toEqual(['user-namespace']);
  });

  it('corrects small typos in Latin aliases of five letters or more, never common words', () => {
    expect(lookup.match('overlya2')).toEqual({ id: 'overlay2', distance: 1 });
    expect(lookup.match('namspace')).toEqual({ id: 'namespaces', distance: 1 });
    expect(lookup.match('dokcer')).toEqual({ id: 'docker', distance: 1 });
    expect(lookup.match('libcontaner')?.id).toBe('libcontainer');
    expect(lookup.match('later')).toBeUndefined();
    expect(lookup.match('cpu')).toEqual({ id: 'cpu', distance: 0 });
    expect(lookup.fuzzy('dcoker0')[0]).toMatchObject({ id: 'docker0', distance: 1 });
    expect(ids('what is a namspace in dokcer?')).toEqual([]);
    expect(lookup.find('what is a namspace in dokcer?', { fuzzy: true }).map((m) => m.id)).toEqual([
      'namespaces',
      'docker',
    ]);
  });

  it('scans a long text in one pass', () => {
    const text = '容器使用docker0网桥，'.repeat(20_000);
    const mentions = lookup.find(text);
    expect(mentions).toHaveLength(60_000);
    expect(mentions[59_999]).toMatchObject({ id: 'bridge', surface: '网桥' });
  });

  it('lists the ids it knows, sorted', () => {
    const small = createConceptLookup([
      { id: 'b', aliases: [{ text: 'bee' }] },
      { id: 'a', aliases: [{ text: 'ay' }] },
    ]);
    expect(small.ids()).toEqual(['a', 'b']);
  });
});
