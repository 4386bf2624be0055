import { describe, expect, it } from 'vitest';
import { corpusFrom, seedVocabulary } from '../../test/corpus';
import { buildKnowledgeBase } from '../knowledge-base/build-knowledge-base';
import { compileArchitectures } from '../vocabulary/compile-architectures';

/** Typed edges of notes written for the test (none of their tools is in the vocabulary), with evidence. */
function typedEdges(files: Record<string, string>): Map<string, { label: string; evidence: string[] }> {
  const kb = buildKnowledgeBase(corpusFrom(files), seedVocabulary(), { layout: false });
  const edges = new Map<string, { label: string; evidence: string[] }>();
  kb.graph.forEachEdge((key, a) => {
    if (a.type !== 'related-to') edges.set(key, { label: a.label, evidence: a.evidence });
  });
  return edges;
}

const REDIS = `# Redis 笔记

## 架构
* Redis 是 C/S 架构：\`redis-server\` 是常驻的进程，\`redis-cli\` 是自带的命令行工具。
* redis-cli 通过 TCP 连接 redis-server，默认端口 6379。
`;

describe('client/server architectures', () => {
  it('links a client to the server it talks to, in notes the vocabulary knows nothing about', () => {
    // The first bullet states the architecture and names both: the client talks to the server.
    const [architecture] = REDIS.split('* redis-cli');
    expect(
      typedEdges({ 'redis.md': architecture as string }).get('redis-cli->connects-to->redis-server'),
    ).toEqual({
      label: 'talks to',
      evidence: ['redis#2.1'],
    });
    // The second says so with a verb between them (`连接`, as the label then puts it).
    const edges = typedEdges({ 'redis.md': REDIS });
    expect(edges.get('redis-cli->connects-to->redis-server')).toEqual({
      label: 'connects to',
      evidence: ['redis#2.1', 'redis#2.2'],
    });
    // Nothing of Docker's is dragged in, and the server does not talk back.
    expect([...edges.keys()].filter((k) => k.includes('docker'))).toEqual([]);
    expect(edges.has('redis-server->connects-to->redis-cli')).toBe(false);
  });

  it('reads a role from the word after a name when the name itself carries none', () => {
    const edges = typedEdges({
      'postgres.md': `# PostgreSQL

## Architecture
- PostgreSQL uses a client/server model: the psql client and the PostgreSQL server run as separate processes.
- \`psql\` talks to the PostgreSQL server over a Unix socket or TCP.
`,
    });
    expect(edges.get('psql->connects-to->postgresql')).toEqual({
      label: 'talks to',
      evidence: ['postgres#2.1', 'postgres#2.2'],
    });
  });

  it('takes a verb of the pattern between a client and a server in one clause as stating it', () => {
    const edges = typedEdges({
      'ops.md': `# 运维

## 远程
* 在跳板机上用 \`redis-cli\` 远程访问 \`redis-server\`，排查慢查询。
`,
    });
    expect(edges.get('redis-cli->connects-to->redis-server')).toEqual({
      label: 'talks to',
      evidence: ['ops#2.1'],
    });
  });

  it('states nothing without the pattern or a verb between client and server', () => {
    const edges = typedEdges({
      'tools.md': `# 工具

## 目录
* redis-server 和 redis-cli 都装在 /usr/local/bin 目录下。
* 升级时先停掉 redis-server，再替换 redis-cli。
`,
    });
    expect([...edges.keys()].filter((k) => k.includes('connects-to'))).toEqual([]);
  });

  it('gives a concept the side its names name, and none when they name both', () => {
    const [clientServer] = compileArchitectures(seedVocabulary().architectures ?? []);
    expect(clientServer?.sideOfNames(['redis-cli'])).toBe('from');
    expect(clientServer?.sideOfNames(['Docker 守护进程', 'dockerd'])).toBe('to');
    expect(clientServer?.sideOfNames(['C/S 架构', 'client/server'])).toBeUndefined();
    expect(clientServer?.sideOfNames(['observer', 'clients-list'])).toBeUndefined();
  });
});
