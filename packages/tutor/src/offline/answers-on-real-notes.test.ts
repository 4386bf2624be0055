/**
 * The answer shapes real notes need, on small notes written in styles unlike the seed: outline Chinese with
 * headings naming the topic, English with nested lists, tables and code, ordered steps, and Chinese-only notes
 * asked in English.
 */
import type { Answer } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeBaseOfNotes } from '../../test/knowledge-base-fixture';
import { groundQuestion } from '../grounding/ground-question';
import { prepareIndex } from '../grounding/prepare-index';
import { composeOfflineAnswer } from './compose-offline-answer';

/**
 * A knowledge base of these notes for the tests of one \`describe\`, built (and indexed) before them and removed
 * after: \`notes.kb\` inside a test.
 */
function notesFixture(files: Record<string, string>): { readonly kb: KnowledgeBase } {
  let built: { kb: KnowledgeBase; remove: () => Promise<void> } | undefined;
  beforeAll(async () => {
    built = await knowledgeBaseOfNotes(files);
    prepareIndex(built.kb);
  }, 60_000);
  afterAll(async () => {
    await built?.remove();
  });
  return {
    get kb(): KnowledgeBase {
      if (built === undefined) throw new Error('the notes fixture is built in beforeAll');
      return built.kb;
    },
  };
}

const OUTLINE_ZH = `# Redis 持久化

## RDB
- 定义：某时刻内存数据的快照，二进制文件 dump.rdb
- 触发
  - 手动
    - SAVE → 主线程执行，阻塞，线上禁用
    - BGSAVE → fork 子进程写，主进程继续服务
  - 自动：配置 save 900 1
- 缺点
  - 两次快照间的数据会丢

## AOF
- 定义：把每条写命令追加到日志文件
- appendfsync 策略
  - always：每条命令都刷盘，最安全也最慢
  - everysec：每秒刷一次盘，最多丢 1 秒数据

## 保活计时器
- 连接空闲超过两小时，服务器发送探测报文
- 连续 10 个探测报文无响应就关闭连接
`;

const NESTED_EN = `# Kubernetes networking

## Requirements
- K8s imposes the following requirements:
  - all containers can communicate with all other containers without NAT
  - all nodes can communicate with all containers without NAT

## Rolling back
Below is a quick example of updating a deployment's image.

Now, if you want to roll it back:

\`\`\`sh
kubectl rollout undo deploy/nginx
\`\`\`

## Receive path
1. Packets arrive at the NIC
2. NIC will raise a hard IRQ
3. CPU will run the IRQ handler that runs the driver's code
4. The driver will schedule NAPI and return

## Ring Buffer
* **What** - the driver receive queue, a fixed-size FIFO located in RAM
* **Why** - absorbs bursts of packets without dropping them, at the cost of latency

## NIC
- NIC will verify the MAC and the FCS and decide to drop or to continue
- NIC will raise a hard IRQ when packets arrive

## Interrupt Coalescence (IC) - rx-usecs, tx-usecs, rx-frames (hardware IRQ)
* **What** - microseconds or frames the NIC waits before raising a hard IRQ
* **Why** - fewer hard IRQs for the CPU and more throughput, at the cost of latency
* **How** - \`ethtool -C ethX rx-usecs value\`

## Methods
| 区别 | GET | POST |
| --- | --- | --- |
| 参数位置 | URL 中 | 请求体中 |
| 幂等 | 是 | 否 |

## Browsers
- Clear the site data in the browser settings to drop cached pages

## Progress
- [x] Understand Deployments
- [ ] Understand Monitoring

## Curriculum
- [ ] __Observability - 18%__
  - [x] Liveness and Readiness Probes
  - [ ] Understand Monitoring Application in Kubernetes
`;

let outline: { kb: KnowledgeBase; remove: () => Promise<void> };
let nested: { kb: KnowledgeBase; remove: () => Promise<void> };
beforeAll(async () => {
  outline = await knowledgeBaseOfNotes({ 'redis.md': OUTLINE_ZH });
  nested = await knowledgeBaseOfNotes({ 'k8s.md': NESTED_EN });
  // Building the index loads the language data once (word frequencies, dictionary): not part of any answer.
  prepareIndex(outline.kb);
  prepareIndex(nested.kb);
}, 60_000);
afterAll(async () => {
  await outline.remove();
  await nested.remove();
});

function ask(kb: KnowledgeBase, question: string): Answer {
  return composeOfflineAnswer(kb, groundQuestion(kb, { question }));
}
/** The answer to a question over notes of their own, written for the one test and removed after it. */
async function askNotes(file: string, lines: string[], question: string): Promise<Answer> {
  const { kb, remove } = await knowledgeBaseOfNotes({ [file]: lines.join('\n') });
  try {
    return ask(kb, question);
  } finally {
    await remove();
  }
}
/** A numbered list of the steps a received packet goes through, each step a passage. */
const RECEIVE_STEPS = [
  '# Receive path',
  '1. Packets arrive at the NIC',
  '2. NIC will verify the MAC and the FCS',
  '3. NIC will DMA packets to RAM',
  '4. NIC will enqueue references to the packets at the receive ring buffer',
  '5. NIC will raise a hard IRQ',
  "6. CPU will run the IRQ handler that runs the driver's code",
  '7. The driver will schedule NAPI, clear the hard IRQ, and return',
  '8. The driver raises a soft IRQ',
  '9. NAPI will poll data from the receive ring buffer',
  '10. Linux will allocate memory to sk_buff',
];
/** Outline notes on processes, with the zombie process and what `kill` does to it. */
const ZOMBIE_NOTES = [
  '# 进程',
  '## 进程的创建',
  '- 父进程通过 fork 创建子进程，子进程得到父进程地址空间的副本',
  '- 父进程也可以通过 abort 来终止子进程',
  '## 孤儿进程与僵尸进程',
  '- 孤儿进程（Orphan Process）',
  '    - 父进程先于子进程结束，子进程被 init 进程收养',
  '- 僵尸进程（Zombie Process）',
  '    - 子进程结束了，但是父进程没有 wait',
  '    - 这时子进程的相关资源不会被释放',
  '    - 只有手动 kill 掉父进程才会释放：',
  '        - 即让僵尸进程变为孤儿进程，从而被 init 进程接管、释放',
  '        - kill 掉僵尸进程无效，因为进程已经死了',
  '## 进程调度',
  '- 时间片轮转：每个进程轮流运行一个时间片',
  '- 优先级调度：优先级高的进程先运行',
];
const quotes = (answer: Answer) => answer.citations.slice(0, 3).map((c) => c.quote);
/** Outline notes on Redis persistence: an RDB and an AOF section opening with their definitions, then `more`. */
const persistenceNotes = (rdb: string[], aof: string[], more: string[]) => [
  '# 持久化',
  '',
  '## RDB',
  '- 定义：某时刻内存数据的快照，二进制文件 dump.rdb',
  ...rdb,
  '',
  '## AOF',
  '- 定义：追加写命令日志，重启时重放',
  ...aof,
  '',
  ...more,
];
const MIXED_PERSISTENCE = [
  '## 混合持久化',
  '- 重写时 AOF 文件 = RDB 格式的前半段 + 增量命令',
  '- 先载入 RDB 部分，再重放 AOF 的命令',
];

describe('answers that follow the structure of real notes', () => {
  it('defines a concept from the first passage under the heading that names it', () => {
    const answer = ask(outline.kb, 'RDB 是什么？');
    expect(answer.grounded).toBe(true);
    expect(quotes(answer).join('\n')).toContain('某时刻内存数据的快照');
  });

  it('quotes a lead-in with the items under it as one citation', () => {
    const answer = ask(nested.kb, 'What requirements does K8s impose on networking?');
    const unit = answer.citations.find((c) => c.quote.startsWith('K8s imposes the following requirements:'));
    expect(unit?.quote).toContain('all nodes can communicate with all containers without NAT');
    expect(answer.answer).toContain('- all containers can communicate');
  });

  it('quotes an item together with its siblings under their lead-in', () => {
    const answer = ask(outline.kb, 'appendfsync 设成 always 和 everysec 有什么区别？');
    expect(answer.grounded).toBe(true);
    const joined = quotes(answer).join('\n');
    expect(joined).toContain('每条命令都刷盘');
    expect(joined).toContain('每秒刷一次盘');
  });

  it('quotes a unit once even when several of its passages rank high', () => {
    for (const question of [
      'RDB 是怎么触发的？',
      'BGSAVE 和 SAVE 怎么触发？',
      'How is RDB triggered manually?',
    ]) {
      const answer = ask(outline.kb, question);
      const paragraphs = answer.answer.split('\n\n').filter((p) => p.trim() !== '');
      expect(new Set(paragraphs).size, question).toBe(paragraphs.length);
      const quotes = answer.citations.map((c) => c.quote);
      expect(new Set(quotes).size, question).toBe(quotes.length);
    }
  });

  it('quotes each step of a list once when several steps rank, each with the steps after it', async () => {
    const answer = await askNotes('receive.md', RECEIVE_STEPS, 'How does the hard IRQ get handled?');
    expect(answer.grounded).toBe(true);
    expect(answer.answer).toContain("CPU will run the IRQ handler that runs the driver's code");
    for (const step of ['NIC will raise a hard IRQ', 'The driver raises a soft IRQ']) {
      expect(answer.answer.split(step).length - 1, step).toBeLessThanOrEqual(1);
    }
  });

  it('fences a command as code, with the sentence that introduces it', () => {
    const answer = ask(nested.kb, 'How do I roll back a deployment?');
    expect(answer.answer).toMatch(/```sh\nkubectl rollout undo deploy\/nginx\n```/);
    expect(quotes(answer).join('\n')).toContain('if you want to roll it back');
    expect(answer.answer).not.toMatch(/kubectl rollout undo deploy\/nginx \[\d\]\./);
  });

  it('quotes a paragraph announcing a numbered list with its steps, numbered as in the notes', async () => {
    const answer = await askNotes(
      'index.zh.md',
      [
        '# 索引',
        '',
        '## 二叉查找树',
        '',
        '二叉查找树的每个节点的键值大于左子树、小于右子树。',
        '',
        '在二叉查找树中查找 id = 12 的记录，查找流程如下：',
        '',
        '1. 将根节点作为当前节点，12 大于 10，把右子节点作为当前节点',
        '2. 12 小于 13，把左子节点作为当前节点',
        '3. 12 等于 12，取出 data',
        '',
        '## B+ 树',
        '',
        'B+ 树的数据都在叶子节点，叶子节点之间用指针相连。',
        '',
      ],
      '二叉查找树里查找 id = 12 的流程是怎样的？',
    );
    const unit = answer.citations.find((c) => c.quote.startsWith('在二叉查找树中查找 id = 12 的记录'));
    expect(unit?.quote).toContain('2. 12 小于 13，把左子节点作为当前节点');
    expect(answer.answer).toMatch(/查找流程如下 \[\d\]：\n1\. 将根节点作为当前节点/);
    expect(answer.answer).toContain('3. 12 等于 12，取出 data');
  });

  it("walks through a list of steps under a plain paragraph, every step in the notes' order", async () => {
    const answer = await askNotes(
      'addressing.md',
      [
        '# Addressing',
        '',
        '## Address assignment',
        '',
        'A router hands out addresses to new hosts with DHCP, which also tells a host its mask and gateway.',
        '',
        '- The client broadcasts a discover message to every host in the subnet.',
        '- Each DHCP server answers with an offer message that is broadcast to every host in the subnet; the offer carries the transaction identifier, the proposed address, the network mask and a lease time for the address.',
        '- The client picks one server and answers its offer with a request message that echoes the parameters.',
        '- The server confirms the parameters with an ACK message.',
        '',
        '## Subnets',
        '',
        'A subnet is a block of addresses that share a prefix.',
        '',
      ],
      'Can you walk me through, step by step, how a new host gets its address from a DHCP server?',
    );
    const text = answer.answer;
    const order = [
      'broadcasts a discover message',
      'answers with an offer',
      'answers its offer with a request',
      'confirms the parameters',
    ].map((step) => text.indexOf(step));
    expect(
      order.every((at) => at >= 0),
      text,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The paragraph introducing the steps comes first, in the same citation.
    const intro = text.indexOf('A router hands out addresses to new hosts with DHCP');
    expect(intro, text).toBeGreaterThanOrEqual(0);
    expect(intro).toBeLessThan(order[0] as number);
    const unit = answer.citations.find((c) => c.quote.startsWith('A router hands out addresses'));
    expect(unit?.quote).toContain('- The server confirms the parameters with an ACK message.');
  });

  it('quotes the ordered list the notes give for "in order", and numbers no other passage as steps', async () => {
    const answer = await askNotes(
      'routing.md',
      [
        '# Routing',
        '',
        '## BGP',
        '',
        'A BGP router has learned several routes to one prefix from its neighbours. The BGP router must pick one of the routes to the prefix.',
        '',
        '## Route selection',
        '',
        'To pick one route to a prefix, a BGP router compares all the routes it has learned.',
        '',
        '- The routes with the highest local preference are kept.',
        '- Among those, the routes with the shortest AS path are kept.',
        '- Among those, the route with the closest next hop is chosen.',
        '',
      ],
      'When a BGP router has learned several routes to one prefix, how does it pick one? What are the tie-breakers, in order?',
    );
    const text = answer.answer;
    const order = ['highest local preference', 'shortest AS path', 'closest next hop'].map((step) =>
      text.indexOf(step),
    );
    expect(
      order.every((at) => at >= 0),
      text,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).not.toMatch(/^1\. /m);
  });

  it('quotes the answer the notes give under a question they ask themselves, with the question', async () => {
    const answer = await askNotes(
      'promise.zh.md',
      [
        '# Promise',
        '',
        '> <a name="q-then"></a> Promise 的 then 回调是同步执行还是异步执行?',
        '',
        '总是异步的, 即使 Promise 在注册之前就已经 resolve 了.',
        '',
        '> 怎么把回调风格的函数改成返回 Promise 的函数?',
        '',
        '用 util.promisify 包装一下就可以.',
        '',
      ],
      'Promise 的 then 回调是同步执行的吗？',
    );
    const unit = answer.citations.find((c) => c.quote.includes('then 回调是同步执行还是异步执行'));
    expect(unit?.quote, answer.answer).toContain('总是异步的');
    expect(unit?.quote).not.toContain('util.promisify');
    expect(answer.answer).toMatch(/异步执行\? \[\d\]\n\n总是异步的/);
  });

  it('compares the two names either side of "and", and quotes the notes\' own question on them with its answer once', async () => {
    const answer = await askNotes(
      'persist.zh.md',
      [
        '# Redis 持久化',
        '',
        'Redis 是内存数据库, Redis 重启后数据要从磁盘恢复.',
        '',
        '> RDB 与 AOF 有什么区别?',
        '',
        'RDB 是某一时刻的内存快照, 恢复快但会丢最后一次快照之后的数据. AOF 记录每条写命令, 丢得少但文件大、恢复慢.',
        '',
        '- Redis 4.0 起支持混合持久化',
        '',
        '## RDB',
        '',
        'RDB 文件是压缩的二进制文件 dump.rdb.',
        '',
        '## AOF',
        '',
        'AOF 的刷盘策略由 appendfsync 决定.',
        '',
      ],
      "What's the difference between Redis's RDB and AOF?",
    );
    const text = answer.answer;
    expect(text, text).toContain('AOF 记录每条写命令');
    expect(text.split('AOF 记录每条写命令').length, text).toBe(2);
    expect(text).not.toMatch(/\*\*Redis\*\*\n/);
    expect(text).not.toContain('混合持久化');
  });

  it('heads each side of a comparison with its name as the notes write it, code names uncapitalised', async () => {
    const answer = await askNotes(
      'proc.md',
      [
        '# Processes',
        '',
        '## child_process.spawn',
        '',
        'child_process.spawn starts a command in a new process and streams its output back.',
        '',
        '## child_process.exec',
        '',
        'child_process.exec runs a command in a shell and buffers all of its output for a callback.',
        '',
      ],
      'What is the difference between child_process.spawn and child_process.exec?',
    );
    expect(answer.answer, answer.answer).toContain('**child_process.spawn**');
    expect(answer.answer).not.toContain('**Child_process');
  });

  it('leaves room after a long code example for the passage that explains the rest', async () => {
    const loop = Array.from(
      { length: 14 },
      (_, i) => `    go worker(${i}, jobs, results) // start worker ${i} of the pool`,
    );
    const answer = await askNotes(
      'workers.md',
      [
        '# Worker pools',
        '',
        '## Waiting for workers',
        '',
        'A WaitGroup waits for a set of worker goroutines to finish; here every worker of the pool is started and then waited for:',
        '',
        '```go',
        'func main() {',
        '    var wg sync.WaitGroup',
        ...loop,
        '    wg.Wait() // block until every worker goroutine is done',
        '}',
        '```',
        '',
        '## Broadcasting',
        '',
        'Closing a channel unblocks every reader of it at once, which is cheaper than sending to each.',
        '',
      ],
      'My pool of worker goroutines is started and waited for with a WaitGroup; is there a way to unblock them all at once?',
    );
    expect(quotes(answer).join('\n'), answer.answer).toContain('Closing a channel unblocks every reader');
  });

  it('numbers no clause that only says what the step before it means as a step of its own', async () => {
    const answer = await askNotes(
      'upgrade.zh.md',
      [
        '# Nginx',
        '',
        '## 升级',
        '',
        '升级时先停掉服务，即执行 systemctl stop nginx，然后替换二进制文件，再启动服务。',
        '',
      ],
      '升级 nginx 的步骤是什么？',
    );
    expect(answer.answer).toContain('1. 升级时先停掉服务，即执行 systemctl stop nginx [1]');
    expect(answer.answer).toContain('2. 然后替换二进制文件');
    expect(answer.answer).toContain('3. 再启动服务');
  });

  it('labels a quote with the heading the notes leave its subject to, and only such a quote', async () => {
    const notes = [
      '# 事务的实现',
      '',
      '## 原子性',
      '',
      '是使用 undo log 来实现的，事务出错时系统通过 undo log 回到事务开始的状态。',
      '',
      '## 持久性',
      '',
      '持久性靠 redo log 保证，系统崩溃后通过 redo log 恢复数据。',
      '',
    ];
    const atomicity = await askNotes('tx.zh.md', notes, '原子性是怎么实现的？');
    expect(atomicity.answer).toContain('**原子性**：是使用 undo log 来实现的');
    const durability = await askNotes('tx.zh.md', notes, '持久性是怎么实现的？');
    expect(durability.answer).toContain('持久性靠 redo log 保证');
    expect(durability.answer).not.toContain('**持久性**：');
  });

  it('tells C# from C++ and LL(1) from LR(1): a name whose symbols are part of it is matched whole', async () => {
    const notes = [
      '# Languages and parsers',
      '',
      '- C++ compiles ahead of time to machine code for one processor.',
      '- C# compiles ahead of time to bytecode that a runtime then runs.',
      '- An LR(1) parser builds the tree from the leaves up.',
      '- An LL(1) parser builds the tree from the root down.',
      '',
    ];
    const csharp = await askNotes('languages.md', notes, 'What does C# compile to?');
    expect(csharp.citations[0]?.quote).toContain('C# compiles');
    const ll = await askNotes('languages.md', notes, 'How does an LL(1) parser build the tree?');
    expect(ll.citations[0]?.quote).toContain('An LL(1) parser');
  });

  it('finds a Chinese compound from the translations of the two English words it is made of', async () => {
    const notes = [
      '# 锁',
      '',
      '## 公平锁',
      '',
      '- 公平锁按线程申请的先后顺序分配，先来的线程先拿到。',
      '',
      '## 轻量锁',
      '',
      '- 轻量锁在没有竞争时用 CAS 加锁，避免线程阻塞。',
      '',
    ];
    const fair = await askNotes('locks.zh.md', notes, 'What is a fair lock?');
    expect(fair.grounded).toBe(true);
    expect(fair.citations[0]?.quote).toContain('公平锁按线程申请的先后顺序分配');
    const light = await askNotes('locks.zh.md', notes, 'What is a lightweight lock?');
    expect(light.citations[0]?.quote).toContain('轻量锁在没有竞争时');
  });

  it('finds the English phrase a Chinese compound the dictionary lacks is written as (左递归 → left recursion)', async () => {
    const notes = [
      '# Parsing',
      '',
      '- Right recursion in a grammar is harmless for a top-down parser.',
      '- Left recursion in a grammar sends a top-down parser into an endless loop.',
      '- A fair lock hands the lock over in the order the threads asked for it.',
      '',
    ];
    const left = await askNotes('parsing.md', notes, '左递归有什么问题？');
    expect(left.citations[0]?.quote).toContain('Left recursion in a grammar');
    const fair = await askNotes('parsing.md', notes, '公平锁是什么？');
    expect(fair.citations[0]?.quote).toContain('A fair lock hands the lock over');
  });

  it('keeps the space between English sentences it quotes in a Chinese answer', async () => {
    const answer = await askNotes(
      'tcp.md',
      [
        '# TCP header',
        '',
        '- The urgent pointer field holds a positive offset from the sequence number of this segment. The urgent pointer points to the octet that follows the urgent data.',
        '- The options field is a list of options, each a multiple of 8 bits long.',
        '',
      ],
      'TCP 的 urgent pointer 字段是做什么的？',
    );
    expect(answer.answer).toMatch(/this segment \[1\]\. The urgent pointer points/);
  });

  it('leaves out a closing sentence that announces a figure the answer cannot show', async () => {
    const answer = await askNotes(
      'index.zh.md',
      [
        '# 索引',
        '',
        '## 平衡二叉树',
        '',
        '二叉查找树可以快速地找到数据。但是，如果二叉查找树退化成链表，查找就变慢了，退化的二叉查找树是这样的：',
        '',
        '![退化](./img/list.png)',
        '',
        '平衡二叉树的左右子树高度差不超过 1。',
        '',
      ],
      '二叉查找树为什么会变慢？',
    );
    expect(answer.grounded).toBe(true);
    expect(answer.answer).toContain('二叉查找树可以快速地找到数据');
    expect(answer.answer).not.toContain('是这样的');
  });

  it('says a sentence the notes repeat under two headings once', async () => {
    const rule =
      'If there are 3 duplicate ACKs, the sender halves the window and the slow start threshold and retransmits.';
    const answer = await askNotes(
      'congestion.md',
      [
        '# Congestion control',
        '',
        '## Slow start',
        '',
        'The window grows by one MSS for every ACK received.',
        '',
        rule,
        '',
        '## Congestion avoidance',
        '',
        'The window grows by one MSS per round trip.',
        '',
        rule,
        '',
      ],
      'What does the sender do after 3 duplicate ACKs?',
    );
    expect(answer.answer.split('halves the window').length - 1, answer.answer).toBe(1);
  });

  it('suggests no follow-up about a concept whose every name is an everyday word (硬件 hardware)', async () => {
    const answer = await askNotes(
      'sync.zh.md',
      [
        '# 同步',
        '',
        '## 忙等待',
        '',
        '- 自旋锁通过忙等待（busy waiting）来实现',
        '- 忙等待会让 CPU 一直执行循环，硬件资源被浪费',
        '- 硬件提供 test-and-set 指令来实现忙等待',
        '- 硬件中断由硬件产生',
        '- 内核（kernel）负责调度，忙等待时内核无法切换',
        '',
      ],
      'What is busy waiting?',
    );
    expect(answer.followUps.length).toBeGreaterThan(0);
    expect(answer.followUps.join('\n')).not.toMatch(/hardware|硬件/);
  });

  it('puts no colon after the mark of a lead that ends its own sentence before its code block', async () => {
    const answer = await askNotes(
      'deploy.md',
      [
        '# Deployment updates',
        '',
        'Below is a quick example of creating a deployment. You can then roll it back.',
        '```',
        '$ kubectl create deployment nginx --image=nginx',
        '```',
        '',
      ],
      'How do I create a deployment and roll it back?',
    );
    expect(answer.answer).toContain('You can then roll it back. [1]');
    expect(answer.answer).not.toMatch(/[.。] \[\d+\][:：]/u);
  });

  it('answers "why" with the reason the notes give first, under a heading that names its subject then describes it', () => {
    const answer = ask(
      nested.kb,
      'Why would I tune interrupt coalescence on the NIC, and what do I give up?',
    );
    expect(answer.grounded).toBe(true);
    expect(answer.citations[0]?.quote).toContain('at the cost of latency');
  });

  it('answers "what happens after" with the steps that follow', () => {
    const answer = ask(nested.kb, 'What happens right after the NIC raises a hard IRQ?');
    expect(quotes(answer).join('\n')).toContain("CPU will run the IRQ handler that runs the driver's code");
  });

  it('prefers the passage labelled for what a why-question asks', () => {
    const answer = ask(nested.kb, 'Why would I use a ring buffer?');
    expect(answer.citations[0]?.quote).toContain('absorbs bursts of packets');
  });

  it('never calls Chinese notes English because a line of them is mostly identifiers', () => {
    const answer = ask(outline.kb, 'AOF 的 appendfsync 策略有哪些？');
    expect(answer.grounded).toBe(true);
    expect(quotes(answer).join('\n')).toContain('everysec');
    expect(answer.answer).not.toContain('用英文写的');
  });

  it('compares two concepts the graph does not join, side by side, each from its own passage', async () => {
    const locks = await knowledgeBaseOfNotes({
      'locks.md': [
        '# 同步',
        '',
        '## 自旋锁',
        '- **自旋锁**：拿不到锁时忙等待，反复检查锁是否释放',
        '- 适合临界区很短的场景',
        '',
        '## 互斥锁',
        '- **互斥锁**：拿不到锁时睡眠，等待被唤醒',
        '- 唤醒有额外开销',
      ].join('\n'),
    });
    const answer = ask(locks.kb, '自旋锁和互斥锁有什么区别？');
    await locks.remove();
    // One block per side, headed by its name.
    expect(answer.answer).toMatch(/^\*\*自旋锁\*\*$/m);
    expect(answer.answer).toMatch(/^\*\*互斥锁\*\*$/m);
    const cited = quotes(answer).join('\n');
    expect(cited).toContain('忙等待');
    expect(cited).toContain('睡眠');
  });

  it('compares two terms an outline defines in bullet labels, asked in spoken words, without repeating their names', async () => {
    const answer = await askNotes(
      'cache.md',
      [
        '# 缓存',
        '',
        '## 缓存三大问题',
        '- 缓存击穿：热点 key 过期瞬间，大量请求打到数据库',
        '  - 互斥锁：只放一个请求去重建',
        '- 缓存雪崩：大量 key 同时过期 / Redis 宕机',
        '  - 过期时间加随机值',
      ],
      '缓存击穿跟缓存雪崩到底差在哪？',
    );
    expect(answer.grounded).toBe(true);
    // Each side is its labelled bullet with the items under it; no bold heading repeats the label over it.
    expect(answer.answer).toContain('缓存击穿：热点 key 过期瞬间，大量请求打到数据库 [1]：\n- 互斥锁');
    expect(answer.answer).toContain('缓存雪崩：大量 key 同时过期 / Redis 宕机 [2]：\n- 过期时间加随机值');
    expect(answer.answer).not.toMatch(/^\*\*缓存(?:击穿|雪崩)\*\*$/m);
  });

  it('sets out a comparison as a table where the notes give both sides the same kinds of facts', async () => {
    const answer = await askNotes(
      'persistence.md',
      persistenceNotes(
        [
          '- 触发：BGSAVE 时 fork 子进程写',
          '- 优点',
          '  - 文件紧凑，适合备份',
          '  - 恢复快',
          '- 缺点',
          '  - 两次快照间的数据会丢',
        ],
        ['- 写回策略：always、everysec、no', '- 优点：数据更完整', '- 缺点：文件大，恢复慢'],
        MIXED_PERSISTENCE,
      ),
      'RDB 和 AOF 有什么区别？',
    );
    expect(answer.grounded).toBe(true);
    const table = answer.answer.split('\n').filter((line) => line.startsWith('|'));
    // A row per label both sides use, the side that lists its points under a lead reading them as one cell.
    expect(table.slice(0, 2)).toEqual(['|  | **RDB** | **AOF** |', '| --- | --- | --- |']);
    expect(table.map((line) => line.split(' | ')[0])).toEqual(['| ', '| ---', '| 定义', '| 优点', '| 缺点']);
    expect(table[3]).toMatch(/^\| 优点 \| 文件紧凑，适合备份；恢复快 \[\d\] \| 数据更完整 \[\d\] \|$/);
    // Each cell cites its passage; a lead's cell quotes the lead with its bullets.
    const cited = answer.citations.map((c) => c.quote);
    expect(cited).toContain('优点\n- 文件紧凑，适合备份\n- 恢复快');
    expect(cited).toContain('缺点：文件大，恢复慢');
  });

  it('reads a comparison from a table of the notes with a column for each side', async () => {
    const answer = await askNotes(
      'persistence.md',
      persistenceNotes(
        [],
        [],
        [
          '## 对比',
          '',
          '| 对比 | RDB | AOF |',
          '| --- | --- | --- |',
          '| 恢复速度 | 快 | 慢 |',
          '| 数据安全 | 可能丢几分钟 | 最多丢 1 秒 |',
        ],
      ),
      'RDB 和 AOF 有什么区别？',
    );
    const table = answer.answer.split('\n').filter((line) => line.startsWith('|'));
    expect(table).toEqual([
      '| 对比 | **RDB** | **AOF** |',
      '| --- | --- | --- |',
      '| 恢复速度 [1] | 快 | 慢 |',
      '| 数据安全 [2] | 可能丢几分钟 | 最多丢 1 秒 |',
    ]);
    expect(answer.citations.map((c) => c.quote)).toEqual([
      '对比: 恢复速度 | RDB: 快 | AOF: 慢',
      '对比: 数据安全 | RDB: 可能丢几分钟 | AOF: 最多丢 1 秒',
    ]);
  });

  it('finds each side of a table under the heading naming it, its labelled items as rows', async () => {
    const answer = await askNotes(
      'tuning.md',
      [
        '# Network tuning',
        '',
        '## Receive path',
        '1. The NIC enqueues the packets at the receive ring buffer',
        '2. With interrupt coalescence (IC) the NIC waits before it raises a hard IRQ',
        '',
        '## Ring Buffer',
        '* **What** - the driver receive queue, a fixed-size FIFO located in RAM',
        '* **Why** - absorbs bursts of packets without dropping them',
        '* **How:**',
        '  * **Check command:** `ethtool -g ethX`',
        '  * **Change command:** `ethtool -G ethX rx value`',
        '',
        '## Interrupt Coalescence (IC)',
        '* **What** - microseconds or frames the NIC waits before raising a hard IRQ',
        '* **Why** - fewer hard IRQs for the CPU, at the cost of latency',
        '* **How:**',
        '  * **Check command:** `ethtool -c ethX`',
        '  * **Change command:** `ethtool -C ethX rx-usecs value`',
      ],
      'What is the difference between the ring buffer and interrupt coalescence?',
    );
    const rows = answer.answer.split('\n').filter((line) => line.startsWith('| '));
    // `How:` leads labelled items: they are the rows, the lead is none of its own.
    expect(rows.map((line) => line.split(' | ')[0])).toEqual([
      '| ',
      '| ---',
      '| What',
      '| Why',
      '| Check command',
      '| Change command',
    ]);
    expect(rows[2]).toContain('the driver receive queue');
    expect(rows[2]).toContain('microseconds or frames the NIC waits');
    expect(rows[4]).toMatch(/`ethtool -g ethX` \[\d+\] \| `ethtool -c ethX` \[\d+\]/);
  });

  it('keeps the side-by-side quotes when the notes describe the two sides in their own ways', async () => {
    const answer = await askNotes(
      'persistence.md',
      persistenceNotes(
        ['- 触发：BGSAVE 时 fork 子进程写'],
        ['- 写回策略：always、everysec、no'],
        MIXED_PERSISTENCE,
      ),
      'RDB 和 AOF 有什么区别？',
    );
    expect(answer.grounded).toBe(true);
    expect(answer.answer).not.toContain('| --- |');
  });

  it('quotes a table row with its header, never the header row alone', () => {
    const answer = ask(nested.kb, 'GET 和 POST 的参数位置有什么不同？');
    expect(quotes(answer).join('\n')).toContain('区别: 参数位置 | GET: URL 中 | POST: 请求体中');
    for (const citation of answer.citations) expect(citation.quote).not.toBe('区别 | GET | POST');
  });

  it('never leaks checklist syntax into an answer', () => {
    const answer = ask(nested.kb, 'Which progress items are about Deployments?');
    expect(answer.answer).not.toMatch(/\\?\[[ x]\\?\]/);
  });

  it('finds the unchecked items of a checklist, and shows which boxes are ticked', () => {
    const answer = ask(nested.kb, 'Which Observability item is still unchecked in the checklist?');
    expect(answer.grounded).toBe(true);
    // The answer shows the boxes, not markdown; the quote reads as the notes write the list.
    expect(answer.answer).toContain('☐ Understand Monitoring Application in Kubernetes');
    expect(answer.answer).toContain('☑ Liveness and Readiness Probes');
    expect(answer.answer).not.toMatch(/\\?\[[ x]\\?\]/);
    expect(quotes(answer).join('\n')).toContain('- [ ] Understand Monitoring Application in Kubernetes');
  });
});

describe('answerability by principle', () => {
  it('reads a question that refers to the notes as asking about its subject, fully', () => {
    for (const [kb, question] of [
      [outline.kb, '根据笔记，保活计时器多久发探测报文？'],
      [nested.kb, 'According to these notes, what does the ring buffer absorb?'],
      // The author is who wrote the notes: what the author suggests is what the notes suggest.
      [outline.kb, '作者建议每秒刷几次盘？'],
      [outline.kb, '笔记建议每秒刷几次盘？'],
    ] as const) {
      const answer = ask(kb, question);
      expect(answer.grounded, question).toBe(true);
      expect(answer.coverage, question).toBe('full');
    }
  });

  it('takes the figure a passage states for the share a question asks', () => {
    // The notes say "Observability - 18%", never "percentage": the figure answers it, in full.
    const answer = ask(nested.kb, 'What percentage of the exam is Observability?');
    expect(answer.coverage).toBe('full');
    expect(quotes(answer)[0]).toContain('Observability - 18%');
  });

  it('does not let an everyday word the notes never use decline a covered question', () => {
    // "具体" and "刚才提到的" are everyday Chinese; the notes cover the keep-alive timer.
    for (const question of ['保活计时器是怎么工作的？', '刚才提到的保活计时器具体是怎么工作的？']) {
      const answer = ask(outline.kb, question);
      expect(answer.grounded, question).toBe(true);
      expect(quotes(answer).join('\n')).toContain('探测报文');
    }
  });

  it('takes a number the learner writes in Chinese for their own data, never for what the notes leave out', async () => {
    const { kb, remove } = await knowledgeBaseOfNotes({
      'keepalive.md': [
        '# 保活计时器',
        '- 连接空闲超过两小时，服务器发送探测报文',
        '- 连续 10 个探测报文无响应就关闭连接',
      ].join('\n'),
    });
    try {
      const answer = ask(kb, '我的连接已经空闲了一千二百秒，服务器会发探测报文吗？');
      expect(answer.coverage, answer.answer).toBe('full');
      expect(quotes(answer)[0]).toContain('服务器发送探测报文');
      const partial = ask(kb, '服务器发了一百个探测报文都没有回应，会怎样？');
      expect(partial.missing ?? [], partial.answer).not.toContain('一百个');
      expect(partial.answer).not.toContain('一百');
    } finally {
      await remove();
    }
  });

  it('answers what the learner asks when the notes do not repeat the context they tell', async () => {
    const answer = await askNotes(
      'process.md',
      ZOMBIE_NOTES,
      '我的服务早就把子进程结束了，可父进程一直不管它，top 里还能看到它挂着。我直接用 kill 处理这个子进程，为什么一点用都没有？',
    );
    expect(answer.grounded, answer.answer).toBe(true);
    expect(answer.citations[0]?.quote).toContain('kill 掉僵尸进程无效');
  });

  it("reads a Chinese question in the words the notes write, not the segmenter's general cut", async () => {
    // The segmenter reads `把子|进程` ("handle" + "process") and `子|进程`; the notes write `子进程`. `kill 不掉`
    // ("cannot kill") is grammar, no word the notes leave out.
    for (const question of [
      '我的服务早就把子进程结束了，可父进程一直不管它，top 里还能看到它挂着。我直接 kill 这个子进程为什么一点用都没有？',
      '这个子进程为什么 kill 不掉？',
    ]) {
      const answer = await askNotes('process.md', ZOMBIE_NOTES, question);
      expect(answer.grounded, question).toBe(true);
      expect(answer.citations[0]?.quote, question).toContain('kill 掉僵尸进程无效');
    }
  });

  it('declines a question whose specific term the notes never use', () => {
    for (const question of [
      'How do I configure a Kubernetes Ingress controller?',
      'What does Clear-Site-Data do?',
    ]) {
      const answer = ask(outline.kb, question);
      expect(answer.grounded, question).toBe(false);
      expect(answer.citations).toEqual([]);
    }
  });

  it('quotes first what speaks to what the learner asks, not the passage that restates what they tell', async () => {
    const steps = await askNotes(
      'receive.md',
      RECEIVE_STEPS,
      'My NIC raises a hard IRQ for every packet and the CPU runs the IRQ handler. Where does NAPI poll data from?',
    );
    expect(steps.citations[0]?.quote, steps.answer).toBe('NAPI will poll data from the receive ring buffer');
    // The lead names what is asked about, not what the learner told.
    expect(steps.answer.split('\n')[0]).toBe("Here's what your notes say about **NAPI**:");
    const limit = await askNotes(
      'listen.md',
      [
        '# Listen queue',
        '- `cat /proc/net/netstat` - `ListenOverflows` and `ListenDrops` are important fields to keep an eye on',
        '- `sysctl net.core.somaxconn` - provides an upper limit on the value of the backlog parameter passed to `listen()`',
        '- `sysctl net.ipv4.tcp_max_syn_backlog` - the maximum number of queued connection requests not yet acknowledged',
      ],
      'ListenOverflows keeps going up and the kernel seems to cap my listen queue. What limits it?',
    );
    expect(limit.citations[0]?.quote, limit.answer).toContain('net.core.somaxconn');
  });

  it('declines what a learner asks about a term the notes never use, however well they match what the learner tells', async () => {
    const declined = await askNotes(
      'receive.md',
      RECEIVE_STEPS,
      'My NIC raises a hard IRQ for every packet and the CPU runs the IRQ handler. How do I pin each IRQ to a core with smp_affinity?',
    );
    expect(declined.grounded).toBe(false);
    expect(declined.citations).toEqual([]);
    expect(declined.answer).toContain('smp_affinity');
    // The same telling, asking what the notes say.
    const answered = await askNotes(
      'receive.md',
      RECEIVE_STEPS,
      'My NIC raises a hard IRQ for every packet. What does NAPI poll data from?',
    );
    expect(answered.grounded).toBe(true);
    expect(quotes(answered).join('\n')).toContain('NAPI will poll data from the receive ring buffer');
  });

  it('names, as typed, the term the notes never use that a declined question is about', () => {
    const answer = ask(outline.kb, 'RDB 和 MyISAM 有什么区别？');
    expect(answer.grounded).toBe(false);
    expect(answer.answer).toMatch(/没有讲到“MyISAM”/);
  });

  it('reads a Chinese name the notes never write as one term: its head word elsewhere does not answer it', () => {
    // 银行家 (banker) is a noun the notes never use, before their word 策略: another kind of strategy. Asked
    // about it, the notes have no answer (like `Clear-Site-Data` below), not even in part.
    const declined = ask(outline.kb, '银行家策略是怎么刷盘的？');
    expect(declined.grounded).toBe(false);
    // The decline names what the notes never write.
    expect(declined.answer).toMatch(/没有讲到“银行家策略”/);
    expect(ask(outline.kb, 'appendfsync 策略是怎么刷盘的？').coverage).toBe('full');
  });

  it('reads a hyphenated name as one term: its everyday parts elsewhere in the notes do not answer it', () => {
    const absent = ask(nested.kb, 'What does the Clear-Site-Data header do?');
    expect(absent.grounded).toBe(false);
    // Written with spaces in the notes, the same name is found.
    const present = ask(nested.kb, 'How do I clear the site-data in the browser?');
    expect(present.grounded).toBe(true);
  });

  it('answers what the notes say and names what they do not, when they cover only part of a question', () => {
    const grounding = groundQuestion(outline.kb, { question: 'RDB 快照会不会加密？' });
    const answer = composeOfflineAnswer(outline.kb, grounding);
    expect(answer.grounded).toBe(true);
    expect(answer.coverage).toBe('partial');
    expect(answer.missing).toContain('加密');
    expect(answer.answer).toMatch(/^你的笔记没有讲到“加密”/);
  });

  it('answers an English question from the Chinese passage stating what it asks, after the definition', async () => {
    const answer = await askNotes(
      'bloom.zh.md',
      [
        '# 缓存',
        '',
        '## 布隆过滤器',
        '',
        '布隆过滤器（Bloom filter）用几个哈希函数把添加的元素映射到一个位数组里，过滤器判断一个元素在不在集合里又快又省内存。',
        '',
        '布隆过滤器会误判：说存在的元素不一定真的存在。',
        '',
        '不能删除。',
        '',
        '## 缓存穿透',
        '',
        '查询一个数据库里没有的数据，请求每次都打到数据库。',
        '',
      ],
      'Can elements be deleted from a Bloom filter once they were added?',
    );
    expect(answer.grounded).toBe(true);
    expect(quotes(answer).join('\n'), answer.answer).toContain('不能删除');
  });

  it('finds Chinese passages for an English question through the dictionary', () => {
    const answer = ask(outline.kb, 'How does the keep-alive timer work?');
    expect(answer.grounded).toBe(true);
    expect(quotes(answer).join('\n')).toContain('探测报文');
    expect(answer.answer).toMatch(/^Your notes on this are in Chinese/);
  });
});

describe('notes laid out in folders, with identifiers', () => {
  const INSTALL = `# 部署

## 安装步骤

nginx 从源码编译安装，先安装 gcc 和 pcre。

nginx 的编译脚本是 configure，nginx 的安装路径由 --prefix 决定。

nginx 编译完成后执行 make install，nginx 就装好了。

## 模块选项

| 配置选项 | 说明 |
| --- | --- |
| --with-http_ssl_module | 如果需要对流量进行加密，可以使用该选项，URL 开头将会是 https（需要 OpenSSL 库） |
| --with-http_realip_module | 在负载均衡器之后时，从请求头取客户端 IP 地址 |
`;
  const RUN = `# 运行 nginx

nginx 的主进程读取配置，nginx 的工作进程处理请求。

修改配置后执行 nginx -s reload，nginx 会平滑重载。
`;
  const CACHE = `# Cache-Control

| directive | meaning |
| --- | --- |
| \`no-store\` | never written to any cache |
| \`no-cache\` | may be stored, but must be revalidated before every use |
| \`max-age=N\` | fresh for N seconds |

## Who caches

- the browser cache keeps responses on disk and in memory, for one user
- a CDN keeps one response for many users
- the browser sends \`If-None-Match\` when its copy of a response is stale

## Devtools

- the browser's Network panel shows \`(disk cache)\` for a response served without a request
- a \`304\` response means the browser revalidated its copy
`;
  const PROXY = `# nginx as a caching reverse proxy

- \`proxy_cache_path\` declares where the cache lives
- Bypassing the cache for logged-in users
  \`\`\`nginx
  proxy_cache_bypass $cookie_session;
  proxy_no_cache     $cookie_session;
  \`\`\`
  - \`proxy_cache_bypass\`: do not read from the cache for this request
  - \`proxy_no_cache\`: do not write this response into the cache
`;
  let folders: { kb: KnowledgeBase; remove: () => Promise<void> };
  beforeAll(async () => {
    folders = await knowledgeBaseOfNotes({
      'nginx/install-nginx.md': INSTALL,
      'nginx/run.md': RUN,
      'http/cache-control.md': CACHE,
    });
  }, 60_000);
  afterAll(async () => folders.remove());

  it('finds the table row a question asks about in a file named for its subject, though the row never names it', () => {
    const answer = ask(folders.kb, 'nginx 想支持 https 加密，编译时要加哪个配置选项？');
    expect(answer.grounded).toBe(true);
    expect(answer.coverage).toBe('full');
    expect(quotes(answer)[0]).toContain('--with-http_ssl_module');
  });

  it('quotes a code block with the bullets that explain it, under the bullet that introduces both', async () => {
    const proxy = await knowledgeBaseOfNotes({ 'reverse-proxy.md': PROXY });
    const answer = ask(
      proxy.kb,
      "In nginx, what's the difference between proxy_cache_bypass and proxy_no_cache?",
    );
    await proxy.remove();
    // One citation: the directives and what each does, as the notes nest them.
    const unit = answer.citations.find((c) => c.quote.includes('proxy_cache_bypass $cookie_session'));
    expect(unit?.quote).toContain('do not read from the cache for this request');
    expect(unit?.quote).toContain('do not write this response into the cache');
  });

  it('reads a directive typed whole as one term, not as a stop word and a common word', () => {
    const answer = ask(folders.kb, 'Does no-cache mean the browser will not cache the response at all?');
    expect(answer.grounded).toBe(true);
    expect(quotes(answer).join('\n')).toContain('must be revalidated before every use');
  });
});

describe('questions asking for several things', () => {
  const NOTES = `# Team workflow

## Branches
A branch is made from main for every change and deleted once it is merged.

## Releases
A release is tagged from main every second week, after the changelog is written.

## Continuous integration
Every push runs the unit tests and the linter; a red build blocks the merge.

## Pull request title
Summarise the change in one line.

- Start with a verb in the imperative
- Keep it under 72 characters
- Do not end it with a period

## Template
The template the tool prints when a pull request is opened:

\`\`\`text
# Title: describe the change in the title
# The title is shown in the list; edit the title below
\`\`\`

## Reviews
- A reviewer reads the whole diff before approving it, and leaves comments on every line they do not understand, so that the author can answer them before the merge.
- A reviewer who is asked about a change they cannot review in a day says so at once, so that someone else can take it and the author does not wait for nothing.
`;
  const notes = notesFixture({ 'pull-requests.md': NOTES });

  it('answers with the list the notes give, whole, not a block that repeats the words of the question', () => {
    const answer = ask(notes.kb, 'What are the rules for a pull request title?');
    expect(answer.grounded).toBe(true);
    const first = answer.citations[0]?.quote ?? '';
    expect(first).toContain('Start with a verb in the imperative');
    expect(first).toContain('Do not end it with a period');
    expect(answer.answer).toContain('- Keep it under 72 characters');
  });

  it('quotes a bullet that holds a paragraph alone, not with the other paragraphs of its section', () => {
    const answer = ask(notes.kb, 'Which reviewers are expected to say so at once?');
    expect(answer.grounded).toBe(true);
    const first = answer.citations[0]?.quote ?? '';
    expect(first).toContain('cannot review in a day');
    expect(first).not.toContain('reads the whole diff');
  });
});

describe('why-questions', () => {
  const NOTES = `# Threads

## Counter
A shared counter is incremented by several worker threads.

\`\`\`python
lock = threading.Lock()

def increment(counter):
    # acquire the lock, then read the counter and write it back
    with lock:
        value = counter.read()
        counter.write(value + 1)
\`\`\`

The lock must be held while the counter is read, otherwise two threads can read the same value and one increment is lost.

## Pools
A pool keeps a fixed number of worker threads and hands each a task from its queue; \`max_workers\` sets how many.

## Coroutines
The asyncio module runs coroutines on one thread; \`asyncio.Queue\` passes items between them.
`;
  const notes = notesFixture({ 'threads.md': NOTES });

  it('answers with the sentence that gives the reason, not the code that repeats the words of the question', () => {
    const answer = ask(notes.kb, 'Why must the lock be acquired before the counter is read?');
    expect(answer.grounded).toBe(true);
    expect(answer.citations[0]?.quote).toContain('otherwise two threads can read the same value');
  });

  it('reads a dotted name as one term: the notes naming its package do not answer it', () => {
    const absent = ask(notes.kb, 'What is asyncio.Event for?');
    expect(absent.grounded).toBe(false);
    const present = ask(notes.kb, 'What is asyncio.Queue for?');
    expect(present.grounded).toBe(true);
  });

  it('reads a name joined by underscores as one term, as code writes it', () => {
    expect(ask(notes.kb, 'What does min_workers set in a pool?').grounded).toBe(false);
    expect(ask(notes.kb, 'What does max_workers set in a pool?').grounded).toBe(true);
  });
});

describe('outcome questions', () => {
  const NOTES = `# Channels

## Creating channels
A channel is created with make, with its capacity as an optional second argument.

\`\`\`go
ch := make(chan int, 4) // create a channel with room for four values
close(ch)               // close it once nothing more is sent
\`\`\`

## Nil channels
Closing a nil channel is a common mistake.

Closing a nil channel at run time will cause a panic in the goroutine that does it.
`;
  const notes = notesFixture({ 'channels.md': NOTES });

  it('answers "what happens if…" with what the notes say comes of it, first', () => {
    const answer = ask(notes.kb, 'What happens if I close a nil channel?');
    expect(answer.grounded).toBe(true);
    expect(answer.citations[0]?.quote).toContain('will cause a panic');
    // One event, not a sequence: no numbered steps made of the notes' sentences.
    expect(answer.answer).not.toMatch(/^1\. /mu);
  });
});

describe('nested lists', () => {
  const NOTES = `# nginx as a caching proxy

- Notes on the directives
  - \`inactive=60m\`
    - an entry not requested for 60 minutes is removed, even if still fresh
  - \`proxy_cache_valid\`
    - a fallback: backend \`Cache-Control\` headers take precedence
      - unless \`proxy_ignore_headers Cache-Control Expires;\` is set
- Bypassing the cache
  - \`proxy_cache_bypass $cookie_session\` skips the cache for logged-in users
`;
  const notes = notesFixture({ 'proxy.md': NOTES });

  it('quotes an item with what is nested under it, two levels down, indented as the notes indent it', () => {
    const answer = ask(notes.kb, 'What does proxy_cache_valid do?');
    expect(answer.grounded).toBe(true);
    const quote = answer.citations.map((c) => c.quote).join('\n');
    expect(quote).toContain('a fallback: backend `Cache-Control` headers take precedence');
    expect(quote).toMatch(/\n {2,}- unless `proxy_ignore_headers Cache-Control Expires;` is set/u);
    expect(answer.answer).toMatch(/\n {2,}- unless `proxy_ignore_headers Cache-Control Expires;` is set/u);
  });
});

describe('a list quoted whole', () => {
  const NOTES = `# Network tuning

## TCP receive buffer
* **What** - \`tcp_rmem\` sets the receive buffer size of TCP sockets.
* **Why** - a bigger buffer lets a fast sender keep sending.
* **How:**
  * **Change command:** \`sysctl -w net.ipv4.tcp_rmem="min default max"\`; when changing the default, restart the app
  * **How to monitor:** \`cat /proc/net/sockstat\`

## Interrupts
* **What** - the NIC raises a hard IRQ for each batch of frames.
`;
  const notes = notesFixture({ 'tuning.md': NOTES });

  it('quotes an item that leads in to items of its own ("How:") with them, never alone', () => {
    const answer = ask(notes.kb, 'Step by step, what do my notes say tcp_rmem sets for TCP sockets?');
    expect(answer.grounded).toBe(true);
    expect(answer.answer).toMatch(/^- What - `tcp_rmem`/mu);
    expect(answer.answer).toMatch(/- How:\n {2}- Change command: .*restart the app/u);
    expect(answer.citations.map((c) => c.quote).join('\n')).toMatch(/How:\n {2}- Change command/u);
  });
});

describe('code and what the notes say of it', () => {
  const NOTES = `# Singletons

## Double-checked locking
A lazily created singleton checks twice, once outside the lock and once inside:

\`\`\`java
public class Registry {
    private static volatile Registry instance;
    public static Registry get() {
        if (instance == null) {
            synchronized (Registry.class) {
                if (instance == null) instance = new Registry();
            }
        }
        return instance;
    }
}
\`\`\`

Here the \`volatile\` keyword stops the JVM from reordering the write of the reference before the constructor runs.

## Eager creation
\`\`\`java
public class Config {
    private static final Config CONFIG = new Config();
}
\`\`\`

Eager creation costs memory at class load even when nothing asks for it.
`;
  const notes = notesFixture({ 'singletons.md': NOTES });

  it('quotes a code block with the sentence after it that explains a name the code uses', () => {
    const answer = ask(notes.kb, 'What does double-checked locking look like in code?');
    expect(answer.grounded).toBe(true);
    const quote = answer.citations[0]?.quote ?? '';
    expect(quote).toContain('private static volatile Registry instance;');
    expect(quote).toContain('Here the `volatile` keyword stops the JVM from reordering');
    expect(answer.answer).toMatch(/```java[\s\S]*```\s+[\s\S]*Here the `volatile` keyword stops the JVM/u);
  });

  it('takes the language a block is fenced in for a word the notes write', () => {
    // "Java" is nowhere in the prose, only in the fences: the question is not about something the notes lack.
    const answer = ask(notes.kb, 'How does the double-checked locking singleton look in Java?');
    expect(answer.grounded).toBe(true);
    expect(answer.citations[0]?.quote).toContain('private static volatile Registry instance;');
  });

  it('does not bring along a paragraph after the code that names none of it', () => {
    const answer = ask(notes.kb, 'Show me the code for eager creation of the Config singleton.');
    expect(answer.grounded).toBe(true);
    const quote = answer.citations.find((c) => c.quote.includes('new Config()'))?.quote ?? '';
    expect(quote).toContain('private static final Config CONFIG = new Config();');
    expect(quote).not.toContain('costs memory at class load');
  });
});

describe('What / Why / How', () => {
  const NOTES = `# Network tuning

## NAPI budget
* **What** - \`netdev_budget\` is the most packets taken from all interfaces in one polling cycle.
* **How:**
  * **Check command:** \`sysctl net.core.netdev_budget\`
  * **Change command:** \`sysctl -w net.core.netdev_budget value\`
* **What** - \`dev_weight\` is the most packets one NAPI poll takes from a single interface.
* **How:**
  * **Check command:** \`sysctl net.core.dev_weight\`
  * **Change command:** \`sysctl -w net.core.dev_weight value\`
`;
  const notes = notesFixture({ 'napi.md': NOTES });

  it('quotes a lead-in that names nothing ("How:") with the items before it that say what it is about', () => {
    const answer = ask(notes.kb, 'Which sysctl command changes net.core.dev_weight?');
    expect(answer.grounded).toBe(true);
    const quote = answer.citations[0]?.quote ?? '';
    expect(quote).toContain('`dev_weight` is the most packets one NAPI poll takes');
    expect(quote).toContain('sysctl -w net.core.dev_weight value');
    // The group before, with its own How:, is another parameter's.
    expect(quote).not.toContain('`netdev_budget` is the most packets');
    expect(answer.answer).not.toMatch(/^How \[1\]/mu);
  });

  it('quotes the item that says what a bare lead-in is about with the lead-in and its commands', () => {
    const answer = ask(notes.kb, 'What is dev_weight, and how do I change it?');
    expect(answer.grounded).toBe(true);
    const quote = answer.citations[0]?.quote ?? '';
    expect(quote).toContain('`dev_weight` is the most packets one NAPI poll takes');
    expect(quote).toContain('sysctl -w net.core.dev_weight value');
    expect(quote).not.toContain('netdev_budget');
  });

  it('still quotes the commands when the item before them is quoted already', () => {
    const answer = ask(notes.kb, 'What does dev_weight limit, and which command changes it?');
    expect(answer.grounded).toBe(true);
    const quotes = answer.citations.map((c) => c.quote);
    expect(quotes[0]).toContain('`dev_weight` is the most packets one NAPI poll takes');
    expect(quotes.some((q) => q.includes('sysctl -w net.core.dev_weight value'))).toBe(true);
  });
});
