import { describe, expect, it } from 'vitest';
import { corpusFrom, seedVocabulary } from '../../test/corpus';
import { buildKnowledgeBase } from '../knowledge-base/build-knowledge-base';

describe('the Docker vocabulary in notes that are not about Docker', () => {
  const networking = corpusFrom({
    'net.zh.md':
      '# 计算机网络\n\n## 分层\n\n- 网络采用分层结构，每一层为上一层提供服务。\n- URL 的格式是 `http://<host>:<port>/path`，其中 host 是主机名。\n- 进程通过端口通信。\n- 一个端口同一时间只属于一个进程。\n- 路由表由操作系统维护。\n',
  });
  const kb = buildKnowledgeBase(networking, seedVocabulary(), { layout: false });

  it('does not turn a word that is only an alias (分层, host) into a Docker concept', () => {
    expect(kb.graph.hasNode('image-layer')).toBe(false);
    expect(kb.graph.hasNode('host-mode')).toBe(false);
  });

  it('keeps the concepts the notes name by their own names (进程, 端口)', () => {
    expect(kb.graph.hasNode('process')).toBe(true);
    expect(kb.graph.hasNode('port')).toBe(true);
  });

  it('leaves out an everyday word the notes use once in passing (操作系统 in one bullet)', () => {
    expect(kb.graph.hasNode('operating-system')).toBe(false);
  });

  it('labels a concept in the language of the notes naming it', () => {
    expect(kb.graph.getNodeAttribute('process', 'label')).toBe('进程');
    const english = buildKnowledgeBase(
      corpusFrom({
        'k8s.md': '# Pods\n\nA pod runs one or more containers on a node, each container a process.\n',
      }),
      seedVocabulary(),
      { layout: false },
    );
    expect(english.graph.getNodeAttribute('container', 'label')).toBe('container');
  });

  it('does not count a checklist or a reading list as naming a concept', () => {
    const exam = buildKnowledgeBase(
      corpusFrom({
        'exam.md': [
          '# Exam curriculum',
          '',
          '- [ ] Understand how to limit memory for a pod',
          '- [x] Mount a data volume into a pod',
          '',
          '## Pods',
          '',
          'A pod runs one or more containers; give each container a memory limit.',
          '',
          '## Reading',
          '',
          '- [Persistent Volumes and data volume types](https://kubernetes.io/docs/concepts/storage/volumes/)',
        ].join('\n'),
      }),
      seedVocabulary(),
      { layout: false },
    );
    // memory: once in prose, in passing (the checklist item does not come back to it); data volume: only listed.
    expect(exam.graph.hasNode('memory')).toBe(false);
    expect(exam.graph.hasNode('data-volume')).toBe(false);
    expect(exam.graph.hasNode('container')).toBe(true);
  });

  it('leaves out a Chinese word its notes write once in passing (镜像 as a mirror copy), keeps it as a term', () => {
    const git = (extra: string) =>
      buildKnowledgeBase(
        corpusFrom({
          'git.zh.md': [
            '# Git',
            '',
            'Git 是分布式的版本控制系统，客户端将整个代码仓库镜像复制下来。',
            '',
            '- 即使服务器宕机，也能提交代码到本地仓库。',
            '- 服务器恢复后，再将本地仓库同步到远程仓库。',
            extra,
          ].join('\n'),
        }),
        seedVocabulary(),
        { layout: false },
      );
    expect(git('').graph.hasNode('image')).toBe(false);
    expect(git('- **镜像**：仓库的完整副本。').graph.hasNode('image')).toBe(true);
  });

  it('keeps a vocabulary concept only where the dictionary agrees with its translation (仓库 is no registry; 进程 is a process)', () => {
    const git = buildKnowledgeBase(
      corpusFrom({
        'git.zh.md':
          '# Git\n\n- 提交代码到本地仓库。\n- 再将本地仓库同步到远程仓库。\n- 每个 git 命令是一个进程。\n- 进程退出后仓库不变。\n',
      }),
      seedVocabulary(),
      { layout: false },
    );
    // Git's 仓库 is a repository: the Docker registry (with its aliases `repository`, `repo`, its kind) does not
    // take effect, and no mention of 仓库 is read as it.
    expect(git.graph.hasNode('registry')).toBe(false);
    expect(git.lookup.resolve('仓库')).toBeUndefined();
    expect(git.graph.getNodeAttribute('process', 'labelEn')).toBe('process');
  });
});
