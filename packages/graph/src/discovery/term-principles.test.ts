import { describe, expect, it } from 'vitest';
import { corpusFrom, seedVocabulary } from '../../test/corpus';
import { buildKnowledgeBase } from '../knowledge-base/build-knowledge-base';
import type { KnowledgeBase } from '../types';

function build(files: Record<string, string>): KnowledgeBase {
  return buildKnowledgeBase(corpusFrom(files), seedVocabulary(), { layout: false });
}

const labels = (kb: KnowledgeBase) => kb.graph.mapNodes((_id, a) => a.label);
const labelOf = (kb: KnowledgeBase, alias: string) => {
  const id = kb.lookup.resolve(alias);
  return id === undefined ? undefined : kb.graph.getNodeAttribute(id, 'label');
};

describe('Chinese lecture notes: glosses, program examples in C, a verb the Docker vocabulary names', () => {
  const kb = build({
    'sync.zh.md': [
      '# 同步',
      '',
      '## 忙等待',
      '',
      '- 自旋锁通过忙等待（busy waiting）来实现，浪费 CPU',
      '- 忙等待的线程一直占用处理器',
      '- 一个进程的状态：运行（running）、就绪（ready）',
      '- 如果不共享任何资源，就相当于创建了一个进程（fork）',
      '- fork 返回两次，父进程和子进程各一次',
      '- 进程之间资源是隔离的，栈不共享，但是不隔离（即可以通过地址访问）',
      '- 通过线程库：POSIX Pthreads、Win32 threads',
      '- 用户态线程也可以通过线程库实现',
      '- 例如 `#!c increment(&sequence)` 来原子性增加 `sequence` 的值',
      '- 如果没有设置任何 flag（完全不共享），就相当于新建一个进程',
      '- clone 的 flag 决定父子共享哪些资源',
      '- 孤儿进程会被 init 进程（pid 1）接管，init 进程再 wait 它',
      '- 多线程进程 fork 时，Linux 默认会 duplicate 所有线程',
      '- 如果 fork 后立即 exec，则只 duplicate 当前线程',
      '- 读到另一个线程未提交的数据，被称之为脏读（Dirty Read）',
      '- 连续的 64 个页是 1 个区（extent），分配空间以区为单位',
      '',
      '```c',
      'void increment(int *sequence) {',
      '    int temp;',
      '    temp = *sequence;',
      '    flag[0] = true;',
      '}',
      '```',
    ].join('\n'),
  });

  it('labels a term in the language the notes write it in, its Latin gloss an alias', () => {
    expect(labelOf(kb, 'busy waiting')).toBe('忙等待');
    expect(labelOf(kb, '忙等待')).toBe('忙等待');
    expect(kb.graph.getNodeAttribute(kb.lookup.resolve('busy waiting') as string, 'labelEn')).toBe(
      'busy waiting',
    );
  });

  it('keeps a name the vocabulary owns, or an everyday word, from becoming another term’s alias', () => {
    // 进程 is the process, not fork; 运行 is everyday Chinese, not the name of the running state.
    expect(kb.lookup.resolve('进程')).toBe('process');
    expect(kb.lookup.resolve('fork')).toBeDefined();
    expect(kb.lookup.resolve('fork')).not.toBe('process');
    expect(kb.lookup.resolve('运行')).toBeUndefined();
  });

  it('takes no variable of a program example, no value and no English verb of a Chinese clause as a term', () => {
    const all = labels(kb);
    expect(all).toContain('fork');
    for (const junk of [
      'sequence',
      'temp',
      'flag',
      'pid 1',
      'duplicate',
      'c increment',
      'increment(&sequence)',
    ])
      expect(all, junk).not.toContain(junk);
  });

  it('starts a term glossed in brackets after the naming verb or the classifier before it', () => {
    const all = labels(kb);
    for (const junk of ['称之为脏读', '个区', '被称之为脏读']) expect(all, junk).not.toContain(junk);
    expect(labelOf(kb, 'Dirty Read')).toBe('脏读');
    expect(labelOf(kb, 'extent')).toMatch(/^(?:区|extent)$/);
  });

  it('reads a phrase opening with a preposition as no term', () => {
    expect(labels(kb)).not.toContain('通过线程库');
  });

  it('does not bring the Docker concept of isolation in for the verb 隔离', () => {
    expect(kb.graph.hasNode('isolation')).toBe(false);
  });
});

describe('Chinese outline notes that gloss kinds of a concept the vocabulary names (孤儿进程（Orphaned Process）)', () => {
  const kb = build({
    'process.zh.md': [
      '# 进程',
      '',
      '### 孤儿进程与僵尸进程',
      '',
      '- 孤儿进程（Orphaned Process）',
      '    - 父进程先于子进程结束，子进程会被 init 进程接管',
      '- 僵尸进程（Zombie Process）',
      '    - 子进程结束了，但是父进程没有 wait',
      '    - kill 掉僵尸进程无效，因为进程已经死了',
      '- 内核态（kernel mode）下可以执行特权指令',
      '- 每个进程（process）有自己的地址空间',
      '- 内核（kernel）负责调度线程，内核运行在特权级',
      '- Linux 的内核线程也称为 kernel scheduling entity（内核调度实体）',
    ].join('\n'),
  });

  it('makes a glossed name containing a known name a concept of its own, both names its aliases', () => {
    // `Process` is a known name, and most of the letters of `Zombie Process`: still a kind of process, not it.
    expect(labelOf(kb, 'Zombie Process')).toBe('僵尸进程');
    expect(kb.lookup.resolve('僵尸进程')).toBe(kb.lookup.resolve('Zombie Process'));
    expect(labelOf(kb, 'Orphaned Process')).toBe('孤儿进程');
    expect(labelOf(kb, 'kernel mode')).toBe('内核态');
    // The English name first, the Chinese one in brackets: the same pair of names.
    expect(kb.lookup.resolve('内核调度实体')).toBe(kb.lookup.resolve('kernel scheduling entity'));
    expect(kb.lookup.resolve('kernel')).toBe('kernel');
    expect(kb.lookup.resolve('kernel scheduling entity')).not.toBe('kernel');
    expect(kb.lookup.resolve('kernel scheduling entity')).toBeDefined();
  });

  it('keeps a glossed name the vocabulary owns whole the vocabulary’s concept', () => {
    expect(kb.lookup.resolve('进程')).toBe('process');
    expect(kb.lookup.resolve('僵尸进程')).not.toBe('process');
    expect(labels(kb).filter((label) => /^进程|process$/i.test(label))).toHaveLength(1);
  });
});

describe('an nginx and git cheat sheet: configuration in a shell block, sudo, a commands table, file names', () => {
  const kb = build({
    'nginx.zh.md': [
      '# nginx 配置',
      '',
      '配置文件由指令组成，upstream 定义一组后端服务器，worker_processes 决定进程数。',
      '',
      '```shell',
      'worker_processes  4;   # 一般等于 CPU 核数',
      'upstream backend {',
      '    server 127.0.0.1:8080;',
      '}',
      '```',
      '',
      '证书用 certbot 申请，rename.sh 脚本可以批量改名，改完执行 rename.sh 即可。',
      '',
      '并且 certbot 会自动为**domain\u2011name.conf**文件修改证书路径，proxy_cookie_domain 替代 Cookie 的域domain。',
      '',
      '```bash',
      'sudo certbot --nginx -d www.example.com',
      '```',
      '',
      '| 分类 | git command | zsh alias |',
      '| --- | --- | --- |',
      '| 分支 | `git branch` | gb |',
      '| 提交 | `git commit` | gc |',
      '| 类型 | fix: 修复 bug | |',
      '',
      '## 代码冲突',
      '',
      '```bash',
      'git rebase -i master',
      'fix conflict',
      'git rebase --continue',
      '```',
      '',
      '提交信息的格式：',
      '',
      '```',
      'fix(parser): handle an empty input',
      '```',
    ].join('\n'),
  });

  it('takes a step written in a shell block (`fix conflict`) for no command', () => {
    const all = labels(kb);
    expect(all).not.toContain('fix conflict');
    expect(all).toContain('git rebase');
  });

  it('takes a directive, never a directive with its value, and the command sudo runs', () => {
    const all = labels(kb);
    expect(all).toContain('upstream');
    expect(all).toContain('worker_processes');
    expect(all).toContain('certbot');
    for (const junk of ['upstream backend', 'worker_processes 4', 'sudo certbot'])
      expect(all, junk).not.toContain(junk);
  });

  it('takes neither a column header nor a script file for a term', () => {
    const all = labels(kb);
    // `domain‑name.conf` (a Unicode hyphen) is one file name; its `.co` is no web domain to blank.
    for (const junk of ['domain', 'domain\u2011name.conf', 'nf']) expect(all, junk).not.toContain(junk);
    expect(all).not.toContain('zsh alias');
    expect(all).not.toContain('rename.sh');
    expect(all).toContain('git branch');
  });
});

describe('English exam notes: title-case headings, a table of contents, command output, participles', () => {
  const kb = build({
    'exam.md': [
      '# Exam notes',
      '',
      '- Configuration',
      '- Security Contexts',
      '- Honorable mentions - TCP FSM',
      '',
      '## Configuration',
      '',
      'Configuration covers how run-time data reaches your pods: environment variables and security contexts.',
      '',
      '## Security Contexts',
      '',
      'A pod runs with the security contexts its spec names. Practise them before the exam, IMO.',
      'Read the logs first, IMO. The tools to know are kubectl, helm, and CRI.',
      'The kubelet talks to the runtime through CRI.',
      '',
      '## Honorable mentions - TCP FSM',
      '',
      'The TCP FSM has eleven states.',
      '',
      '## Core Concepts',
      '',
      'The Core Concepts piece of the curriculum is kind of vague; practise creating pods quickly.',
      '',
      '## Ingress - they’re coming',
      '',
      'List the clusters with gcloud. Packets arrive at the NIC; the NIC raises an IRQ and the stale entries are revalidated (see validation notes).',
      '',
      '```',
      '$ gcloud container clusters list',
      'NAME        LOCATION       STATUS',
      'my-cluster  us-central1-a  RUNNING',
      '```',
      '',
      '```bash',
      'docker run -it --rm --cap-add SYS_ADMIN ljishen/perf',
      'apt-get update',
      'apt-get install iputils-ping',
      'perf trace --no-syscalls',
      '```',
      '',
      'The perf tool traces the stack.',
      'The best coverage (for sidecars) is in the logging docs; I built clusters on kubeadm (and AWS).',
      'A hands-on exam, so practise hands-on with the built-in editor.',
      'Check the ring with `ethtool -g ethX` on every ethX of the host.',
      "Count fields with `awk '{ print NF }'`, since NF is the number of fields.",
    ].join('\n'),
  });

  it('takes a heading that only titles its own section for no concept, and keeps one the notes use elsewhere', () => {
    const all = labels(kb);
    expect(all).not.toContain('Configuration');
    expect(all).toContain('Security Contexts');
  });

  it('does not count a table-of-contents bullet as a use, and reads no contraction as a name', () => {
    const all = labels(kb);
    expect(all).not.toContain('Honorable mentions');
    expect(all).not.toContain('they’re coming');
    // A title of everyday words the prose repeats names the section, not a concept.
    expect(all).not.toContain('Core Concepts');
    // An aside after the sentence's only comma is a comment on it; a list's last item is a name.
    expect(all).not.toContain('IMO');
    expect(all).toContain('CRI');
    expect(all).toContain('TCP FSM');
  });

  it('takes a command run in one block in passing, for a program the prose never names, for no concept', () => {
    const all = labels(kb);
    for (const junk of ['docker run', '--rm', '--cap-add', 'apt-get update', 'apt-get install'])
      expect(all, junk).not.toContain(junk);
    expect(all).toContain('perf trace');
  });

  it('takes no output column, placeholder, program variable or participle as a concept', () => {
    const all = labels(kb);
    for (const junk of [
      'my-cluster us-central1-a',
      'my-cluster',
      'ethX',
      'NF',
      'revalidated',
      'coverage',
      'hands-on',
      'built-in',
    ])
      expect(all, junk).not.toContain(junk);
    expect(all).toContain('gcloud container');
    expect(all).toContain('NIC');
    // A word English does not know, before a remark, is still the notes' term.
    expect(all).toContain('kubeadm');
  });
});

describe('variants of one name', () => {
  const kb = build({
    'tuning.md': [
      '# Tuning',
      '',
      '## Freshness',
      '',
      '- The **freshness** of a response is how long it may be served',
      '- a `fresh` response is served without asking the origin',
      '- a response past its lifetime is no longer fresh',
      '- Check command: `sysctl net.ipv4.tcp_rmem`',
      '- `tcp_rmem` holds min, default and max; raise `tcp_rmem` for long fat networks.',
      '- Accept queues are capped by net.core.somaxconn; `sysctl net.core.somaxconn` shows it.',
      '- SOMAXCONN is 4096 on recent kernels, and SOMAXCONN caps the backlog of listen().',
    ].join('\n'),
  });

  it('merges a quality with its adjective and a dotted path with its last part', () => {
    expect(kb.lookup.resolve('Freshness')).toBe(kb.lookup.resolve('fresh'));
    expect(kb.lookup.resolve('Freshness')).toBeDefined();
    expect(kb.lookup.resolve('net.ipv4.tcp_rmem')).toBe(kb.lookup.resolve('tcp_rmem'));
    expect(kb.lookup.resolve('tcp_rmem')).toBeDefined();
    // A path of three parts names its last part whatever its shape.
    expect(kb.lookup.resolve('SOMAXCONN')).toBeDefined();
    expect(kb.lookup.resolve('net.core.somaxconn')).toBe(kb.lookup.resolve('SOMAXCONN'));
  });
});

describe('Chinese notes writing English phrases that begin with a known name', () => {
  const kb = build({
    'cache.zh.md': [
      '# 缓存',
      '',
      '- 内存访问比寄存器慢得多',
      '- 缓存未命中时，处理器依靠 memory stall 等待数据',
      '- 两个线程放在同一个核上，memory stall 的概率会变大',
      '- 内存屏障 Memory Fence 保证写入顺序',
      '- 没有 Memory Fence 时，写入可能被重排',
      '- 页表由 MMU 查询，MMU 把虚拟地址翻译成物理地址',
    ].join('\n'),
  });

  it('does not make the rest of such a phrase (`stall`, `Fence`) a concept of its own', () => {
    const names = labels(kb).map((l) => l.toLowerCase());
    expect(names).not.toContain('stall');
    expect(names).not.toContain('fence');
    // A Latin term standing alone is still one.
    expect(names).toContain('mmu');
  });
});

describe('English notes with example values in code', () => {
  const kb = build({
    'purge.md': [
      '# Purging by tag',
      '',
      '- the origin tags each response: `Surrogate-Key: invoice-17 customer-3`',
      '- one purge of `invoice-17` drops every cached page showing that invoice',
      '- a TCP socket in `fin-wait-2` waits for the peer to close',
      '- after `fin-wait-2` comes `time-wait`',
      '- the cache key drops tracking parameters (`utm_*`) and keeps `page`',
      '- config files matching `*.conf` under `conf.d` are read in order',
    ].join('\n'),
  });

  it('takes no pattern in code (`utm_*`, `*.conf`) for a concept: it names a family of names, not one', () => {
    const names = labels(kb).map((l) => l.toLowerCase());
    for (const pattern of ['utm_', 'utm_*', '*.conf', '.conf', 'conf']) expect(names).not.toContain(pattern);
  });

  it('does not make a value numbered by the example (`invoice-17`) a concept', () => {
    const names = labels(kb);
    expect(names).not.toContain('invoice-17');
    // A numbered name that is no English word and a number (a TCP state) stays.
    expect(names).toContain('fin-wait-2');
  });
});

describe('English Go notes whose examples name their own functions and variables', () => {
  const kb = build({
    'workers.md': [
      '# Worker pools',
      '',
      'A `WaitGroup` waits for a collection of goroutines to finish; `sync.Mutex` guards the shared counter.',
      '',
      '```go',
      'func sayHello() {',
      '    fmt.Println("hi")',
      '}',
      '',
      'loopData := func(handleData chan<- int, total *int, mutex sync.Locker) {',
      '    pipeline := square(done, numbers)',
      '    for _, greeting := range batch {',
      '        salutation, ok := lookup(greeting)',
      '    }',
      '}',
      '```',
      '',
      '- The `sayHello` call may never run before `main` returns.',
      '- `loopData` writes to `handleData` until it is closed, then `sayHello` runs again.',
      '- `salutation` is reset for every `greeting`; `salutation` escapes to the heap.',
      '- The `WaitGroup` is what makes `main` wait, and `handleData` is drained by the loop.',
      '',
      '## Pipelines',
      '',
      '- Deadlocks also **suck**, and the first run took almost **29 seconds** to find ten primes.',
      '- **Stage**: one step of a pipeline, reading from one channel and writing to the next.',
      '- A `pipeline` is a series of stages; each stage of the pipeline runs in its own goroutine.',
      '- A Mutex guards memory, and the Mutex is unlocked with `defer`.',
    ].join('\n'),
  });

  it('takes everyday words set in bold for stress for no concept, and keeps one bold where it is introduced', () => {
    const names = labels(kb).map((l) => l.toLowerCase());
    for (const junk of ['suck', 'seconds', '29 seconds']) expect(names, junk).not.toContain(junk);
    expect(names).toContain('stage');
  });

  it("takes no function, parameter or variable the notes' own Go example defines for a concept", () => {
    const names = labels(kb);
    for (const junk of ['sayHello', 'loopData', 'handleData', 'total', 'greeting', 'salutation', 'ok'])
      expect(names, junk).not.toContain(junk);
    // The library's names the prose teaches stay.
    expect(names).toContain('WaitGroup');
    expect(names).toContain('sync.Mutex');
    // A variable named after the type it holds (`mutex sync.Locker`) is not the type the prose names (`Mutex`),
    // and one the prose defines (`A \`pipeline\` is …`) is the notes' term too.
    expect(names).toContain('Mutex');
    expect(labelOf(kb, 'pipeline')).toMatch(/^pipelines?$/i);
  });
});

describe('exam notes that end in reading lists under headings', () => {
  const kb = build({
    'exam.md': [
      '# Exam notes',
      '',
      '## Pods',
      '',
      '- List them with `kubectl get pods`, start one with `kubectl run web --image=nginx`.',
      '- `kubectl describe pod web` shows its events; `kubectl logs web` its output.',
      '- kubectl reads the cluster address from the kubeconfig file.',
      '- Save a job manifest as cron.yaml, add a schedule, and `kubectl create -f cron.yaml`.',
      '',
      '## Further reading',
      '',
      '### CRON',
      '',
      '- [Tasks -> Automated Tasks with Cron Jobs](https://kubernetes.io/docs/tasks/job/automated-tasks-with-cron-jobs/)',
      '- [Tasks -> Parallel Jobs](https://kubernetes.io/docs/tasks/job/parallel-processing-expansion/)',
      '',
      '### Observability',
      '',
      '- [Tasks -> Debugging Pods](https://kubernetes.io/docs/tasks/debug-application-cluster/debug-pod/)',
    ].join('\n'),
  });

  it('takes the heading of a list of links for no concept: it titles what the notes point to', () => {
    const names = labels(kb);
    expect(names).not.toContain('CRON');
    expect(names).not.toContain('Observability');
  });

  it('takes the program several of the commands run for a concept of its own', () => {
    expect(labelOf(kb, 'kubectl')).toBe('kubectl');
    expect(labelOf(kb, 'kubectl get')).toBe('kubectl get');
  });
});

describe('Chinese lecture notes with formulas and complexity notation', () => {
  const kb = build({
    'sched.zh.md': [
      '# 调度',
      '',
      '- 预测下一次 burst：$\\beta_{n+1}=\\gamma b_n+(1-\\gamma )\\beta_n$',
      '- 权重由 $\\gamma$ 决定，这里的 $\\beta_n$ 是上一次的预测',
      '- 跳表 → 按 rank 范围查 O(log N)',
      '- 哈希表 → 按成员查 rank O(1)',
      '- rank 越小越先执行',
    ].join('\n'),
  });

  it('takes no variable of TeX math (`$\\beta_n$`) for a concept', () => {
    const names = labels(kb);
    expect(names).not.toContain('beta_n');
    expect(names).not.toContain('gamma');
  });

  it('does not glue the O of `O(1)` to the word before it', () => {
    const names = labels(kb);
    expect(names).not.toContain('rank O');
    expect(names).toContain('rank');
  });
});

describe('Chinese how-to notes whose steps are numbered bold lines', () => {
  const kb = build({
    'tag.zh.md': [
      '# Git 标签',
      '',
      '**1. 本地标签改名(还没有推送到远程)**',
      '',
      '```sh',
      'git tag new old',
      'git tag -d old',
      '```',
      '',
      '**2. 远程标签改名**',
      '',
      '```sh',
      'git push origin :refs/tags/old',
      '```',
      '',
      '- **轻量标签**只是一个指向提交的引用',
    ].join('\n'),
  });

  it('takes a numbered bold line for the step’s title, not for a term the notes define', () => {
    const names = labels(kb);
    expect(names).not.toContain('本地标签改名');
    expect(names).not.toContain('远程标签改名');
    // Bold text that is no numbered step still defines its term.
    expect(names).toContain('轻量标签');
  });
});

describe('Chinese notes that number the steps of a procedure in words', () => {
  const kb = build({
    'innodb.zh.md': [
      '# 两次写',
      '',
      '- 刷新脏页时：',
      '    1. 第一步：通过 memcpy() 将脏页复制到内存中的 doublewrite buffer；',
      '    2. 第二步：通过 doublewrite buffer 顺序写入共享表空间；',
      '    3. 第三步：再将 doublewrite buffer 中的页写入各个表空间文件',
      '- 如果在第三步的过程中发生崩溃，可以从共享表空间找到页的副本',
      '',
    ].join('\n'),
  });

  it('takes an ordinal label (第三步：) for the numbering of a step, no concept', () => {
    expect(labels(kb).filter((l) => l.startsWith('第'))).toEqual([]);
    expect(labels(kb)).toContain('doublewrite buffer');
  });
});

describe('exam notes whose sections are titled by the resource they teach, in an everyday word', () => {
  const kb = build({
    'ckad.md': [
      '# Configuration',
      '',
      '## Overview',
      '',
      'This overview lists what the section covers. Read the overview before the tasks.',
      '',
      '## Secrets',
      '',
      'To quickly generate secrets, use the `--from-literal` flag:',
      '',
      '```',
      '$ kubectl create secret generic my-secret --from-literal=foo=bar',
      '```',
      '',
      'Secrets can be mounted as volumes or exposed as environment variables.',
      '',
    ].join('\n'),
  });

  it('takes the heading for a concept where its prose comes back to the word and its code names it', () => {
    expect(labels(kb)).toContain('Secrets');
  });

  it('leaves a heading naming a part of the document (Overview) a title, however often its prose says it', () => {
    expect(labels(kb)).not.toContain('Overview');
  });
});

describe('Chinese notes that gloss a term with its English name and its abbreviation in one bracket', () => {
  const kb = build({
    'sync.zh.md': [
      '# 同步',
      '',
      '- 每个进程都有一个临界区（critical section，CS）',
      '- 解决 CS 问题需要满足三个条件',
      '- 如果目标线程执行到了关键部分（critical section），就不能取消',
      '',
    ].join('\n'),
  });

  it('takes each name in the bracket for an alias of the one concept', () => {
    const id = kb.lookup.resolve('临界区');
    expect(id).toBeDefined();
    expect(kb.lookup.resolve('CS')).toBe(id);
    expect(kb.lookup.resolve('critical section')).toBe(id);
    // The other Chinese name the notes gloss with the same English name is the same concept.
    expect(kb.lookup.resolve('关键部分')).toBe(id);
  });

  it('takes a list in the bracket for examples, not names: MySQL is no 关系型数据库', () => {
    const db = build({
      'db.zh.md': [
        '# 数据库',
        '',
        '- 关系型数据库（MySQL、PostgreSQL）支持事务',
        '- 键值数据库（Redis, Memcached）速度快',
        '- MySQL 的默认引擎是 InnoDB',
        '- Redis 是内存数据库',
        '',
      ].join('\n'),
    });
    expect(labelOf(db, 'MySQL')).toBe('MySQL');
    expect(labelOf(db, 'Redis')).toBe('Redis');
    expect(db.lookup.resolve('MySQL')).not.toBe(db.lookup.resolve('PostgreSQL'));
  });
});

describe('a Chinese name glossed in a bracket after a conjunction or a preposition', () => {
  const kb = build({
    'ipc.zh.md': [
      '# 进程',
      '',
      '子进程通过管道和父进程通信, 最后于进程间通信（IPC）的内容详见下文.',
      '',
      '对象继承 EventEmitter, 而触发（emit）事件的回调则称作 listener.',
      '',
      '在 windows 下由命名管道（named pipe）实现.',
      '',
      '自旋锁（spin lock）通过忙等待实现.',
      '',
      'IPC 用 named pipe 实现, emit 会同步调用每个 listener, spin lock 一直占着 CPU.',
      '',
    ].join('\n'),
  });
  const chineseAliases = (alias: string) => {
    const id = kb.lookup.resolve(alias);
    const aliases: string[] = id === undefined ? [] : (kb.graph.getNodeAttribute(id, 'aliases') ?? []);
    return aliases.filter((a) => /\p{Script=Han}/u.test(a));
  };

  it('starts the name after the word that ends the phrase before it', () => {
    expect(chineseAliases('IPC')).toEqual(['进程间通信']);
    expect(chineseAliases('emit')).toEqual(['触发']);
    expect(chineseAliases('named pipe')).toEqual(['命名管道']);
  });

  it('keeps a character the segmenter split off a word it does not know: 自 of 自旋锁', () => {
    expect(chineseAliases('spin lock')).toEqual(['自旋锁']);
  });
});

describe('Chinese outline notes that define each term in a bullet label, once', () => {
  const kb = build({
    'cache.zh.md': [
      '# 缓存',
      '',
      '## 缓存三大问题',
      '- 缓存穿透：查不存在的数据，每次打到数据库',
      '  - 缓存空值（短过期）',
      '- 缓存击穿：热点 key 过期瞬间，大量请求打到数据库',
      '  - 作用：只放一个请求去重建',
      '- 缓存雪崩：大量 key 同时过期 / Redis 宕机',
      '  - 解决方法：过期时间加随机值，集群高可用',
      '',
      '## 组合',
      '- 组合三：两个事务同时更新同一行数据',
      '- 三种删除方式：定期删除、惰性删除和主动淘汰',
    ].join('\n'),
  });

  it('takes each label a bullet defines for a concept (缓存击穿：热点 key 过期瞬间…)', () => {
    expect(labels(kb)).toEqual(expect.arrayContaining(['缓存穿透', '缓存击穿', '缓存雪崩']));
  });

  it('takes no label naming an aspect, a count or an ordinal (作用：, 解决方法：, 组合三：, 三种删除方式：)', () => {
    expect(labels(kb)).not.toEqual(expect.arrayContaining(['作用']));
    for (const label of ['解决方法', '组合三', '三种删除方式']) expect(labels(kb)).not.toContain(label);
  });
});

describe('English prose compounds of everyday words', () => {
  const prose = [
    '# Routing',
    '',
    'The Link-State routing algorithm computes the least-cost path with global knowledge.',
    'The Distance Vector algorithm also computes the least-cost path, iteratively.',
    'Each router floods link-state advertisements; IP gives a best-effort delivery.',
    'The network layer makes a best-effort attempt to deliver the segment.',
    'The header sets `max-age` for shared caches; `max-age` wins over Expires.',
  ].join('\n');

  it('are not concepts when the prose only writes them in lower case, as modifiers', () => {
    const all = labels(build({ 'routing.md': prose }));
    expect(all).not.toContain('least-cost');
    expect(all).not.toContain('best-effort');
  });

  it('are concepts where the notes capitalise them, write them as code, or set them in Chinese text', () => {
    const all = labels(build({ 'routing.md': prose }));
    expect(all).toContain('link-state');
    expect(all).toContain('max-age');
    const zh = labels(
      build({
        'sync.zh.md': ['# 同步', '', '- test-and-set 指令', '- 硬件提供 test-and-set 指令来实现锁'].join(
          '\n',
        ),
      }),
    );
    expect(zh).toContain('test-and-set');
  });
});
