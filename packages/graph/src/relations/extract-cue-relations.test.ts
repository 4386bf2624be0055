import { describe, expect, it } from 'vitest';
import { linksOf, type TestConcept } from '../../test/relations-of';

// Notes unlike the seed: Chinese outline notes on operating systems and nginx, English reference notes on
// Linux networking and Kubernetes. Each case asserts the relation the clause states and that a relation it
// does not state is at most `related-to`.

const os: TestConcept[] = [
  ['wait', 'wait', 'wait'],
  ['terminate', 'terminate', '终止'],
  ['fork', 'fork', 'fork'],
  ['exec', 'exec', 'exec'],
  ['clone', 'clone', 'clone'],
  ['dispatcher', 'Dispatcher', 'Dispatcher'],
  ['signal', 'signal', '信号', 'Signals'],
  ['thread', 'thread', '线程'],
  ['lwp', 'LWP', 'LWP', '轻量级进程'],
];

describe('Chinese outline notes: the object is the cue’s own', () => {
  it('takes the means after 通过, not the concept of the purpose clause after it', () => {
    const links = linksOf(
      ['## 进程终止', '- 父进程可以通过 wait 等待子进程结束', '- 父进程也可以通过 abort 来终止子进程'].join(
        '\n',
      ),
      os,
    );
    expect(links).toContain('process -uses-> wait');
    expect(links.filter((l) => l.includes('terminate'))).not.toContainEqual(
      expect.stringMatching(/process -uses-> terminate/),
    );
  });

  it('does not make a concept that only modifies the object the object (`…中负责进程切换的部件`)', () => {
    const links = linksOf(
      ['### Dispatcher', '- Dispatcher 是操作系统内核中负责进程切换的部件：', '    - 切换上下文'].join('\n'),
      os,
    );
    expect(links).not.toContain('kernel -provides-> process');
    const replaced = linksOf(
      [
        '| 指令 | 说明 |',
        '| --- | --- |',
        '| proxy_cookie_domain | 替代从上游服务器来的Set-Cookie头的域 |',
      ].join('\n'),
      [
        ['proxy-cookie-domain', 'proxy_cookie_domain', 'proxy_cookie_domain'],
        ['set-cookie', 'Set-Cookie', 'Set-Cookie'],
      ],
    );
    expect(replaced.filter((l) => l.includes('-replaced-by->'))).toEqual([]);
  });

  it('still reads `fork 可以通过 clone 来实现` and `通过轮询的方式`', () => {
    expect(linksOf('- clone 比 fork 更通用，fork 可以通过 clone 来实现', os)).toContain(
      'fork -implemented-by-> clone',
    );
    const nginx: TestConcept[] = [
      ['nginx', 'nginx', 'nginx', 'Nginx'],
      ['round-robin', 'round robin', '轮询'],
    ];
    expect(linksOf('- Nginx将会通过轮询的方式将连续请求传递给3个上游服务器。', nginx)).toContain(
      'nginx -uses-> round-robin',
    );
  });

  it('does not read a relative clause as a statement about the sentence’s first concept', () => {
    const links = linksOf('- 信号是 UNIX 系统中在出现一些特定事件的时候，向进程发送的通知', os);
    expect(links).not.toContain('signal -connects-to-> process');
    expect(linksOf('- 内核向进程发送信号', os)).toContain('kernel -connects-to-> process');
  });

  it('does not take the first word of a Latin term inside a Chinese sentence for a concept', () => {
    const nginx: TestConcept[] = [
      ['upstream', 'upstream', 'upstream'],
      ['round-robin', 'round robin', '轮询'],
      ['least-conn', 'least connections', '最少连接数'],
    ];
    const links = linksOf('- upstream模块能够使用轮询、IP hash和最少连接数三种算法之一来选择服务器。', nginx);
    expect(links).toContain('upstream -uses-> round-robin');
    expect(links).not.toContain('upstream -uses-> ip-address');
    expect(linksOf('- Linux 场景下，内核线程被称为 LWP，也称为 kernel scheduling entity', os)).not.toContain(
      'linux -implemented-by-> kernel',
    );
  });

  it('does not read an aside in parentheses as the object (`一起使用（先 fork，然后 exec）`)', () => {
    const links = linksOf('- fork 和 exec 经常一起使用（先 fork，然后 exec）', os);
    expect(links.filter((l) => !l.includes('-related-to->'))).toEqual([]);
  });
});

describe('English reference notes: subject and object in the clause of the cue', () => {
  const net: TestConcept[] = [
    ['txqueuelen', 'txqueuelen', 'txqueuelen'],
    ['default-qdisc', 'default_qdisc', 'default_qdisc'],
    ['somaxconn', 'somaxconn', 'somaxconn', 'SOMAXCONN'],
    ['kube-proxy', 'kube-proxy', 'kube-proxy'],
  ];

  it('gives a participle cue the noun right before it', () => {
    const links = linksOf(
      '- The driver feeds the output queue of `txqueuelen` length using its default_qdisc algorithm.',
      net,
    );
    expect(links).not.toContain('txqueuelen -uses-> default-qdisc');
    expect(linksOf('- kube-proxy relies on iptables to route service traffic.', net)).toContain(
      'kube-proxy -uses-> iptables',
    );
  });

  it('does not carry a `…` object past a comma', () => {
    const links = linksOf(
      [
        '## Accept queue',
        '```sh',
        'sysctl net.core.somaxconn',
        '```',
        '- `net.core.somaxconn` provides an upper limit on the value of the backlog parameter, known in user space as `SOMAXCONN`.',
      ].join('\n'),
      net,
    );
    expect(links).not.toContain('somaxconn -limits-> user-space');
  });

  it('does not take an object of the clause, or a concept that modifies the object, for a slot', () => {
    const docs: TestConcept[] = [
      ['registry-object', 'OpenAPIRegistry', 'OpenAPIRegistry'],
      ['app-registry', 'app.openAPIRegistry', 'app.openAPIRegistry'],
      ['node-js', 'Node.js', 'Node.js'],
      ['javascript', 'JavaScript', 'JavaScript'],
      ['typescript', 'TypeScript', 'TypeScript'],
      ['optional', 'optional', 'optional'],
      ['kysely', 'Kysely', 'Kysely'],
    ];
    // `you` is the subject; `Node.js` is governed by `for`; `optional` modifies `types`.
    expect(
      linksOf('- You can access the OpenAPIRegistry object via app.openAPIRegistry.', docs),
    ).not.toContain('registry-object -uses-> app-registry');
    expect(
      linksOf(
        '- Kysely is mainly developed for Node.js but also runs on JavaScript runtimes like Deno.',
        docs,
      ),
    ).not.toContain('node-js -based-on-> javascript');
    expect(linksOf('- TypeScript adds optional types to JavaScript.', docs)).not.toContain(
      'optional -implemented-by-> javascript',
    );
    // The subject's own verbs joined by `and`, and a singular class word after the object, are kept.
    expect(linksOf('- Kysely has zero dependencies and runs on Node.js.', docs)).toContain(
      'kysely -based-on-> node-js',
    );
    expect(linksOf('- The Docker daemon listens on the local socket file.', docs)).toContain(
      'docker-daemon -uses-> unix-socket',
    );
  });

  it('gives `it` the concept the sentence before ends with, not one from its middle', () => {
    const tools: TestConcept[] = [
      ['autocannon', 'autocannon', 'autocannon'],
      ['node-js', 'Node.js', 'Node.js'],
    ];
    const links = linksOf(
      '- Autocannon is written in JavaScript for the Node.js runtime and it is CPU-bound. It uses more CPU than wrk.',
      tools,
    );
    expect(links).not.toContain('node-js -uses-> cpu');
    expect(linksOf('- The kernel provides a feature called Cgroups. It can limit memory.', tools)).toContain(
      'cgroups -limits-> memory',
    );
  });

  it('reads `X is a Y` as X one of Y only when Y heads the noun phrase', () => {
    const k8s: TestConcept[] = [
      ['cronjob', 'CronJob', 'CronJob'],
      ['job', 'Job', 'Job'],
      ['pod', 'Pod', 'Pod', 'Pods'],
      ['kubernetes', 'Kubernetes', 'Kubernetes'],
    ];
    expect(linksOf('- A CronJob is a Job that runs on a schedule.', k8s)).toContain('cronjob -part-of-> job');
    const pod = linksOf('- A Pod is a group of containers; a Pod is a Kubernetes object.', k8s);
    expect(pod).not.toContain('pod -part-of-> container');
    expect(pod).not.toContain('pod -part-of-> kubernetes');
  });

  it('does not fill a slot with a mention in a parenthetical aside outside the cue (`(via DMA)`)', () => {
    const nic: TestConcept[] = [
      ['nic', 'NIC', 'NIC'],
      ['dma', 'DMA', 'DMA'],
    ];
    const links = linksOf('- The NIC fetches the frames (via DMA) from RAM before sending them', nic);
    // `via DMA` is stated inside the aside: the NIC uses DMA; what is fetched from RAM is the frames.
    expect(links.filter((l) => l.endsWith(' -uses-> dma'))).toHaveLength(1);
    expect(links.filter((l) => l.startsWith('dma -') && !l.includes('related-to'))).toEqual([]);
  });
});

describe('Chinese outline notes: a modal opens the predicate', () => {
  it('does not take the word after 可以 / 能 for the subject (`多核可以并行运行在…`)', () => {
    const concepts: TestConcept[] = [
      ['parallelism', 'parallelism', '并行'],
      ['coroutine', 'coroutine', '协程'],
      ['core', 'core', '处理器核'],
    ];
    const links = linksOf(
      ['## 协程', '- 多个协程可以并行运行在多个处理器核上', '- 并行是同一时刻真正同时执行'].join('\n'),
      concepts,
    );
    expect(links.filter((l) => l.startsWith('parallelism -') && !l.includes('related-to'))).toEqual([]);
    // Without the modal the concept before the cue is its subject.
    expect(linksOf('- 协程运行在处理器核上', concepts)).toContain('coroutine -based-on-> core');
  });
});
