import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNotes } from './parse-notes';

const seedPath = fileURLToPath(new URL('../../../data/notes/docker-concepts.zh.md', import.meta.url));
const seed = readFileSync(seedPath, 'utf8');
const doc = parseNotes(seed, { file: 'docker-concepts.zh.md' });
const byId = new Map(doc.passages.map((p) => [p.id, p]));

describe('parseNotes on the seed notes (docker-concepts.zh.md)', () => {
  it('finds every section and passage with stable ids and line ranges', () => {
    expect(doc.passages.map((p) => `${p.id} ${p.kind} ${p.lineStart}-${p.lineEnd}`)).toEqual([
      'docker-concepts.zh#1.1 html 2-2',
      'docker-concepts.zh#2.1 bullet 6-6',
      'docker-concepts.zh#2.2 bullet 7-7',
      'docker-concepts.zh#2.3 bullet 8-8',
      'docker-concepts.zh#2.4 bullet 9-9',
      'docker-concepts.zh#3.1 bullet 12-12',
      'docker-concepts.zh#4.1 bullet 15-15',
      'docker-concepts.zh#4.2 bullet 16-16',
      'docker-concepts.zh#5.1 bullet 19-19',
      'docker-concepts.zh#5.2 bullet 20-20',
      'docker-concepts.zh#5.3 bullet 21-22',
      'docker-concepts.zh#5.4 bullet 23-23',
      'docker-concepts.zh#5.5 bullet 24-24',
      'docker-concepts.zh#6.1 bullet 26-26',
      'docker-concepts.zh#6.2 bullet 27-27',
    ]);
    expect(doc.sections.map((s) => `${s.id} h${s.depth} ${s.title}`)).toEqual([
      'docker-concepts.zh#1 h3 一、docker概念',
      'docker-concepts.zh#2 h5 1. 容器与虚拟机有什么区别？',
      'docker-concepts.zh#3 h5 2. docker架构如何工作？',
      'docker-concepts.zh#4 h5 3. Docker镜像如何实现？',
      'docker-concepts.zh#5 h5 4. docker中的网络模型',
      'docker-concepts.zh#6 h5 5. 数据如何持久化？',
    ]);
    expect(doc).toMatchObject({
      lang: 'zh',
      title: '一、docker概念',
      stem: 'docker-concepts.zh',
      warnings: [],
    });
  });

  it('reads the indented <font> line as text, not code', () => {
    expect(byId.get('docker-concepts.zh#1.1')?.text).toBe('1.容器与虚拟机有什么区别？');
  });

  it('puts the namespaces bullet at #2.2 with its bold term and glosses', () => {
    const p = byId.get('docker-concepts.zh#2.2');
    expect(p?.lineStart).toBe(7);
    expect(p?.emphasis).toEqual(['Namespaces']);
    expect(p?.text).toContain('UTS(主机名称)、Mount(文件系统)、IPS(通信消息队列)');
    expect(p?.headingPath).toEqual(['一、docker概念', '1. 容器与虚拟机有什么区别？']);
  });

  it('keeps the lazily wrapped host bullet whole at #5.3', () => {
    const p = byId.get('docker-concepts.zh#5.3');
    expect(p?.text).toBe(
      'host：共享宿主机的网络，容器之间访问将不在使用docker0，而是与宿主机使用同一个IP地址，在容器内开放的端口相当于开发宿主机的端口',
    );
  });

  it('attaches each diagram to the first bullet under its heading', () => {
    const withImages = doc.passages.filter((p) => p.images.length > 0);
    expect(withImages.map((p) => [p.id, p.images.map((i) => i.alt)])).toEqual([
      ['docker-concepts.zh#2.1', ['1.jpg']],
      ['docker-concepts.zh#3.1', ['2.jpg']],
      ['docker-concepts.zh#4.1', ['3.jpg']],
      ['docker-concepts.zh#5.1', ['4.jpg']],
    ]);
  });

  it('decodes entities and records bold terms', () => {
    expect(byId.get('docker-concepts.zh#3.1')?.text).toMatch(
      /例如：<仓库名>:<标签>，或者<仓库名称>\/<标签>\.$/,
    );
    expect(byId.get('docker-concepts.zh#4.2')?.emphasis).toEqual([
      'Aufs(高级多层统一文件系统)',
      'overla2(联合挂载)',
    ]);
    expect(byId.get('docker-concepts.zh#2.4')?.emphasis).toEqual(['LXC(Linux Container)']);
    expect(byId.get('docker-concepts.zh#5.1')?.emphasis).toEqual(['一对网卡']);
  });

  it('leaves no markup in any passage text', () => {
    for (const p of doc.passages) {
      expect(p.text).not.toMatch(/<font|<\/font|&lt;|&gt;|\*\*|!\[|\]\(/);
      expect(p.lang).toBe('zh');
      expect(p.sentences.length).toBeGreaterThan(0);
    }
  });

  it('splits the Cgroups bullet into its sentences', () => {
    const p = byId.get('docker-concepts.zh#2.3');
    const sentences = p?.sentences.map((s) => p.text.slice(s.start, s.end));
    expect(sentences?.[2]).toBe('但Linux内核提供对资源限制分配的功能叫做Cgroups。');
    expect(sentences).toHaveLength(4);
  });
});
