import { describe, expect, it } from 'vitest';
import { corpusFrom } from '../../test/corpus';
import { linksOf, type TestConcept, vocabularyWith } from '../../test/relations-of';
import { buildKnowledgeBase } from '../knowledge-base/build-knowledge-base';

// Layout relations on outline notes unlike the seed: nested Chinese bullets (Redis, operating systems) and
// English reference notes with lead-ins, code and tables.

const redis: TestConcept[] = [
  ['rdb', 'RDB', 'RDB'],
  ['bgsave', 'BGSAVE', 'BGSAVE'],
  ['cow', 'copy-on-write', '写时复制', 'COW'],
  ['cluster', 'Cluster', 'Cluster'],
  ['failover', 'failover', '故障转移'],
  ['hash-slot', 'hash slot', '哈希槽'],
  ['hash-tag', 'hash tag', 'hash tag'],
  ['moved', 'MOVED', 'MOVED'],
];

describe('bullets under a heading', () => {
  it('makes a bullet under a plain label bullet (`- 原理`, `- 触发`) no item of the heading', () => {
    const links = linksOf(
      ['## RDB', '- 触发', '  - BGSAVE：fork 子进程写', '- 原理', '  - 写时复制（COW）'].join('\n'),
      redis,
    );
    expect(links).not.toContain('cow -part-of-> rdb');
    expect(links).not.toContain('bgsave -part-of-> rdb');
    // Named together under the heading all the same.
    expect(links).toContain('cow -related-to-> rdb');
  });

  it('makes the labelled bullets of a concept-name bullet its items when there are several', () => {
    const links = linksOf(
      [
        '## Cluster',
        '- 哈希槽',
        '  - 共 16384 个槽',
        '  - hash tag：`{user1}:name` 只用 `{}` 内的部分算槽',
        '  - MOVED：槽已永久迁走',
        '- 故障转移：内置，不需要哨兵',
      ].join('\n'),
      redis,
    );
    expect(links).toContain('hash-tag -part-of-> hash-slot');
    expect(links).toContain('moved -part-of-> hash-slot');
    // The section's own bullets name two concepts: it enumerates the cluster's parts.
    expect(links).toContain('hash-slot -part-of-> cluster');
    expect(links).toContain('failover -part-of-> cluster');
    // Nested under the hash slot, a hash tag is not an item of the cluster's section.
    expect(links).not.toContain('hash-tag -part-of-> cluster');
  });

  it('reads several labelled bullets, or a name ending with the heading’s, as kinds of its concept', () => {
    const os: TestConcept[] = [
      ['semaphore', 'Semaphore', '信号量'],
      ['binary-semaphore', 'Binary Semaphore', '二值信号量'],
      ['waiting-queue', 'Waiting Queue', '等待队列'],
      ['dispatcher', 'Dispatcher', 'Dispatcher'],
      ['dispatch-latency', 'Dispatch latency', 'Dispatch latency'],
      ['fcfs', 'FCFS', 'FCFS'],
      ['scheduling-algorithm', 'scheduling algorithm', '调度算法'],
    ];
    const semaphore = linksOf(
      [
        '### 信号量',
        '- 信号量（Semaphore）是一个整型变量',
        '- 二值信号量（Binary Semaphore）',
        '    ```c',
        '    Semaphore mutex = 1;',
        '    ```',
        '- Waiting Queue',
      ].join('\n'),
      os,
    );
    expect(semaphore).toContain('binary-semaphore -part-of-> semaphore');
    expect(semaphore).toContain('waiting-queue -part-of-> semaphore');
    const dispatcher = linksOf(
      ['### Dispatcher', '- Dispatcher 负责进程切换', '- Dispatch latency：dispatcher 切换时花费的时间'].join(
        '\n',
      ),
      os,
    );
    expect(dispatcher).not.toContain('dispatch-latency -part-of-> dispatcher');
    expect(dispatcher).toContain('dispatch-latency -related-to-> dispatcher');
    // The heading names the item before its class: `FCFS 调度算法` is a scheduling algorithm; `Parse &
    // Stringify` names two functions, neither a kind of the other.
    expect(linksOf('### FCFS 调度算法\nFCFS（First Come First Served）：先来先服务', os)).toContain(
      'fcfs -part-of-> scheduling-algorithm',
    );
    const yaml = linksOf('## Parse & Stringify\n- Stringify: turns a value into YAML text', [
      ['parse', 'Parse', 'Parse'],
      ['stringify', 'Stringify', 'Stringify'],
    ]);
    expect(yaml).not.toContain('stringify -part-of-> parse');
  });
});

describe('lists that are not content', () => {
  it('makes the entries of a table of contents no parts of the heading', () => {
    const links = linksOf(
      [
        '# ts-fsrs',
        '- [Usage](#usage)',
        '- [Reference](#reference)',
        '- [API Documentation](#api-documentation)',
      ].join('\n'),
      [
        ['ts-fsrs', 'ts-fsrs', 'ts-fsrs'],
        ['reference', 'Reference', 'Reference'],
        ['api-docs', 'API Documentation', 'API Documentation'],
      ],
    );
    expect(links.filter((l) => l.includes('-part-of->'))).toEqual([]);
  });
});

describe('lead-ins', () => {
  it('makes the labelled children of a bullet that counts kinds (`- 三种编码`) kinds of the heading’s concept', () => {
    const links = linksOf(
      [
        '## String',
        '- 最基本类型，二进制安全',
        '  - 三种编码',
        '    - int：整数值',
        '    - embstr：≤ 44 字节，一次分配',
        '  - 场景',
        '    - 计数器：点赞数、限流',
      ].join('\n'),
      [
        ['string', 'String', 'String'],
        ['int-encoding', 'int', 'int'],
        ['embstr', 'embstr', 'embstr'],
        ['counter', 'counter', '计数器'],
      ],
    );
    expect(links).toContain('int-encoding -part-of-> string');
    expect(links).toContain('embstr -part-of-> string');
    // `场景` counts nothing: a counter is a use of a string, not a kind of it.
    expect(links).not.toContain('counter -part-of-> string');
  });

  it('makes the child bullets of an English lead-in its parts, but not the bullets of a code example', () => {
    const k8s: TestConcept[] = [
      ['workload', 'workload resource', 'workload resource', 'workload resources'],
      ['deployment', 'Deployment', 'Deployment'],
      ['statefulset', 'StatefulSet', 'StatefulSet'],
      ['kubectl', 'kubectl', 'kubectl'],
    ];
    const links = linksOf(
      [
        '## Workloads',
        '- Workload resources include:',
        '  - Deployment: stateless replicas',
        '  - StatefulSet: stable identities',
        '- Example:',
        '  ```sh',
        '  kubectl get deployments',
        '  ```',
        '',
        '| resource | use |',
        '| --- | --- |',
        '| Deployment | web servers |',
      ].join('\n'),
      k8s,
    );
    expect(links).toContain('deployment -part-of-> workload');
    expect(links).toContain('statefulset -part-of-> workload');
    expect(links).not.toContain('kubectl -part-of-> workload');
  });

  it('labels a bullet beside the kinds a section names as a part, not one of the kinds', () => {
    const locks: TestConcept[] = [
      ['lock', 'lock', '锁'],
      ['rwlock', 'read-write lock', '读写锁'],
      ['spinlock', 'spin lock', '自旋锁'],
      ['wait-queue', 'wait queue', '等待队列'],
    ];
    const kb = buildKnowledgeBase(
      corpusFrom({
        'note.md': [
          '### 锁',
          '- 锁（lock）保证一次只有一个线程进入',
          '- 读写锁：读可以共享，写必须独占',
          '- 自旋锁：拿不到就一直循环',
          '- 等待队列：拿不到锁的线程在这里睡眠',
        ].join('\n'),
      }),
      vocabularyWith(locks),
      { layout: false },
    );
    const label = (from: string) => {
      const key = kb.graph.findEdge(from, 'lock', (_key, a) => a.type === 'part-of');
      return key === undefined ? undefined : kb.graph.getEdgeAttribute(key, 'label');
    };
    expect(label('rwlock')).toBe('is one of');
    expect(label('spinlock')).toBe('is one of');
    // The wait queue belongs to the lock's mechanics; it is no kind of lock.
    expect(label('wait-queue')).toBe('part of');
  });
});
