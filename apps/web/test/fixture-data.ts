import type { ConceptKind, PassageView, RelationType } from '@notetutor/contracts';

/**
 * A small slice of the seed notes' concept graph, in the API's contract shapes, for developing and testing
 * the web app without the real API. Passages quote `data/notes/docker-concepts.zh.md` (and an English
 * rendering of it); ids follow DESIGN.md (`file-stem#section.passage`).
 */
export interface FixtureConcept {
  id: string;
  labelZh: string;
  labelEn: string;
  kind: ConceptKind;
  aliases: string[];
  definition: string | null;
  evidence: string[];
}

export interface FixtureRelation {
  source: string;
  target: string;
  type: RelationType;
  evidence: string[];
}

const ZH = 'docker-concepts.zh.md';
const EN = 'docker-concepts.en.md';

function zh(id: string, line: number, heading: string, text: string): PassageView {
  return {
    id: `docker-concepts.zh#${id}`,
    text,
    lang: 'zh',
    source: { file: ZH, heading, line },
    headingPath: ['一、docker概念', heading],
  };
}

function en(id: string, line: number, heading: string, text: string): PassageView {
  return {
    id: `docker-concepts.en#${id}`,
    text,
    lang: 'en',
    source: { file: EN, heading, line: line + 6 },
    headingPath: ['1. Docker concepts', heading],
    originalId: `docker-concepts.zh#${id}`,
  };
}

const H1 = '1. 容器与虚拟机有什么区别？';
const H2 = '2. docker架构如何工作？';
const H3 = '3. Docker镜像如何实现？';
const H4 = '4. docker中的网络模型';
const H5 = '5. 数据如何持久化？';
const E1 = '1. What is the difference between a container and a virtual machine?';
const E3 = '3. How are Docker images implemented?';
const E4 = '4. Docker network models';

export const fixturePassages: PassageView[] = [
  zh(
    '2.1',
    6,
    H1,
    '虚拟机是运行在宿主机操作系统之上，在宿主机操作系统上模拟宿主机的硬件、操作系统、内核用来进行隔离。可以做到彻底的隔离，但对于资源的开销比较大。',
  ),
  zh(
    '2.2',
    7,
    H1,
    '容器是在虚拟机的结构中去除虚拟机的内核层(系统)，共享宿主机的硬件资源，在宿主机的操上模拟多个用户空间，所以容器是基于用户空间进行隔离。每个用户空间中都有独立的UTS、Mount、IPC、PID、USER、NETWORK，这6种命名空间统称为Namespaces。',
  ),
  zh(
    '2.3',
    8,
    H1,
    '相比虚拟机容器隔离并不是很彻底，因为容器之间共享一个内核空间、硬件资源。Linux内核提供对资源限制分配的功能叫做Cgroups。它可以对系统资源进行限制分配。',
  ),
  zh(
    '2.4',
    9,
    H1,
    '早期LXC(Linux Container)是用来创建管理容器工具。Docker是LXC的二次封装版，Docker容器引擎从libcontainer变更为Runc。',
  ),
  zh(
    '3.1',
    12,
    H2,
    'Docker是C/S架构模式运行，Docker在后台启动Docker daemon守护进程监听本地的socket文件，Docker client执行命令启动容器。镜像文件是分层构建，底层的镜像文件为只读模式。',
  ),
  zh(
    '4.1',
    15,
    H3,
    '镜像其实就是一个包含完整的操作系统，在最低层为bootfs、其次rootfs都为只读模式，最后其实是通过联合挂载的方式将所有层整合并提供一个读写层(最上层)容器。',
  ),
  zh(
    '4.2',
    16,
    H3,
    '早期docker版本使用的Aufs(高级多层统一文件系统)，新版本中docker默认使用文件系统为overlay2(联合挂载)，层级可以复用、追加。',
  ),
  zh(
    '5.1',
    19,
    H4,
    'docker默认有三种网络bridge、host、none，在安装完docker后会创建一个docker0的网桥，docker0不仅是一个虚拟网卡在容器内部也充当交换机。',
  ),
  zh(
    '5.2',
    20,
    H4,
    'bridge：容器之间通信网络接口都连接到docker0网桥中，要想外部访问容器，就需要进行DNAT模式，docker会在iptables中自动创建转发规则。',
  ),
  zh('5.3', 21, H4, 'host：共享宿主机的网络，容器之间访问将不在使用docker0，而是与宿主机使用同一个IP地址。'),
  zh('5.4', 23, H4, 'none：不设置任何网络模型，容器内部只有一个lo接口。'),
  zh(
    '6.1',
    26,
    H5,
    '默认容器产生的数据会随着容器删除而被删除，docker中提供对数据持久保存的方式，容器中的文件或目录与宿主机中的目录文件进行绑定。',
  ),
  en(
    '2.1',
    6,
    E1,
    'A virtual machine runs on top of the host operating system and emulates hardware, an operating system and a kernel to isolate workloads. Isolation is complete, but the resource overhead is large.',
  ),
  en(
    '2.2',
    7,
    E1,
    'A container removes the kernel layer of a virtual machine and shares the host’s hardware, emulating several user spaces on the host, so containers isolate at the level of user space. Each user space has its own UTS, Mount, IPC, PID, USER and NETWORK namespaces, together called Namespaces.',
  ),
  en(
    '2.3',
    8,
    E1,
    'Container isolation is less complete than a VM’s, because containers share one kernel and the hardware. The Linux kernel limits and allocates resources with a feature called Cgroups.',
  ),
  en(
    '4.1',
    15,
    E3,
    'An image contains a complete operating system: bootfs at the bottom, then rootfs, both read-only; union mounting merges all layers and adds one read-write layer on top for the container.',
  ),
  en(
    '5.2',
    20,
    E4,
    'bridge: containers’ network interfaces all connect to the docker0 bridge; to reach a container from outside, Docker uses DNAT and creates forwarding rules in iptables.',
  ),
];

export const fixtureConcepts: FixtureConcept[] = [
  {
    id: 'container',
    labelZh: '容器',
    labelEn: 'Container',
    kind: 'concept',
    aliases: ['容器', 'container', 'containers'],
    definition: 'docker-concepts.zh#2.2',
    evidence: ['docker-concepts.zh#2.2', 'docker-concepts.zh#2.3', 'docker-concepts.zh#4.1'],
  },
  {
    id: 'virtual-machine',
    labelZh: '虚拟机',
    labelEn: 'Virtual machine',
    kind: 'concept',
    aliases: ['虚拟机', 'virtual machine', 'vm'],
    definition: 'docker-concepts.zh#2.1',
    evidence: ['docker-concepts.zh#2.1', 'docker-concepts.zh#2.3'],
  },
  {
    id: 'namespaces',
    labelZh: '命名空间',
    labelEn: 'Namespaces',
    kind: 'kernel-feature',
    aliases: ['namespaces', 'namespace', '命名空间'],
    definition: 'docker-concepts.zh#2.2',
    evidence: ['docker-concepts.zh#2.2'],
  },
  {
    id: 'cgroups',
    labelZh: 'Cgroups',
    labelEn: 'Cgroups',
    kind: 'kernel-feature',
    aliases: ['cgroups', 'cgroup', '控制组'],
    definition: 'docker-concepts.zh#2.3',
    evidence: ['docker-concepts.zh#2.3'],
  },
  {
    id: 'kernel',
    labelZh: '内核',
    labelEn: 'Kernel',
    kind: 'concept',
    aliases: ['内核', 'kernel', 'linux kernel'],
    definition: null,
    evidence: ['docker-concepts.zh#2.1', 'docker-concepts.zh#2.3'],
  },
  {
    id: 'lxc',
    labelZh: 'LXC',
    labelEn: 'LXC',
    kind: 'tool',
    aliases: ['lxc', 'linux container'],
    definition: 'docker-concepts.zh#2.4',
    evidence: ['docker-concepts.zh#2.4'],
  },
  {
    id: 'libcontainer',
    labelZh: 'libcontainer',
    labelEn: 'libcontainer',
    kind: 'component',
    aliases: ['libcontainer'],
    definition: null,
    evidence: ['docker-concepts.zh#2.4'],
  },
  {
    id: 'runc',
    labelZh: 'runc',
    labelEn: 'runc',
    kind: 'component',
    aliases: ['runc'],
    definition: null,
    evidence: ['docker-concepts.zh#2.4'],
  },
  {
    id: 'docker-daemon',
    labelZh: 'Docker 守护进程',
    labelEn: 'Docker daemon',
    kind: 'component',
    aliases: ['docker daemon', 'daemon', '守护进程'],
    definition: 'docker-concepts.zh#3.1',
    evidence: ['docker-concepts.zh#3.1'],
  },
  {
    id: 'docker-client',
    labelZh: 'Docker 客户端',
    labelEn: 'Docker client',
    kind: 'tool',
    aliases: ['docker client', '客户端'],
    definition: null,
    evidence: ['docker-concepts.zh#3.1'],
  },
  {
    id: 'image',
    labelZh: '镜像',
    labelEn: 'Image',
    kind: 'storage',
    aliases: ['镜像', 'image', 'images'],
    definition: 'docker-concepts.zh#4.1',
    evidence: ['docker-concepts.zh#4.1', 'docker-concepts.zh#3.1'],
  },
  {
    id: 'union-mount',
    labelZh: '联合挂载',
    labelEn: 'Union mount',
    kind: 'storage',
    aliases: ['联合挂载', 'union mount', 'union filesystem'],
    definition: 'docker-concepts.zh#4.1',
    evidence: ['docker-concepts.zh#4.1', 'docker-concepts.zh#4.2'],
  },
  {
    id: 'aufs',
    labelZh: 'AUFS',
    labelEn: 'AUFS',
    kind: 'storage',
    aliases: ['aufs'],
    definition: 'docker-concepts.zh#4.2',
    evidence: ['docker-concepts.zh#4.2'],
  },
  {
    id: 'overlay2',
    labelZh: 'overlay2',
    labelEn: 'overlay2',
    kind: 'storage',
    aliases: ['overlay2', 'overla2', 'overlayfs'],
    definition: 'docker-concepts.zh#4.2',
    evidence: ['docker-concepts.zh#4.2'],
  },
  {
    id: 'docker0',
    labelZh: 'docker0 网桥',
    labelEn: 'docker0 bridge',
    kind: 'network',
    aliases: ['docker0', '网桥'],
    definition: 'docker-concepts.zh#5.1',
    evidence: ['docker-concepts.zh#5.1', 'docker-concepts.zh#5.2'],
  },
  {
    id: 'bridge-mode',
    labelZh: 'bridge 模式',
    labelEn: 'Bridge mode',
    kind: 'network-mode',
    aliases: ['bridge', 'bridge mode', 'bridge 模式'],
    definition: 'docker-concepts.zh#5.2',
    evidence: ['docker-concepts.zh#5.2'],
  },
  {
    id: 'host-mode',
    labelZh: 'host 模式',
    labelEn: 'Host mode',
    kind: 'network-mode',
    aliases: ['host mode', 'host 模式'],
    definition: 'docker-concepts.zh#5.3',
    evidence: ['docker-concepts.zh#5.3'],
  },
  {
    id: 'none-mode',
    labelZh: 'none 模式',
    labelEn: 'None mode',
    kind: 'network-mode',
    aliases: ['none mode', 'none 模式'],
    definition: 'docker-concepts.zh#5.4',
    evidence: ['docker-concepts.zh#5.4'],
  },
  {
    id: 'iptables',
    labelZh: 'iptables',
    labelEn: 'iptables',
    kind: 'tool',
    aliases: ['iptables'],
    definition: null,
    evidence: ['docker-concepts.zh#5.2'],
  },
  {
    id: 'volume',
    labelZh: '数据卷',
    labelEn: 'Volume',
    kind: 'storage',
    aliases: ['数据卷', 'volume', '持久化', 'persistence'],
    definition: 'docker-concepts.zh#6.1',
    evidence: ['docker-concepts.zh#6.1'],
  },
];

export const fixtureRelations: FixtureRelation[] = [
  {
    source: 'container',
    target: 'virtual-machine',
    type: 'contrasts-with',
    evidence: ['docker-concepts.zh#2.2', 'docker-concepts.zh#2.3'],
  },
  { source: 'container', target: 'namespaces', type: 'uses', evidence: ['docker-concepts.zh#2.2'] },
  { source: 'cgroups', target: 'container', type: 'limits', evidence: ['docker-concepts.zh#2.3'] },
  { source: 'namespaces', target: 'kernel', type: 'part-of', evidence: ['docker-concepts.zh#2.2'] },
  { source: 'cgroups', target: 'kernel', type: 'part-of', evidence: ['docker-concepts.zh#2.3'] },
  { source: 'container', target: 'kernel', type: 'requires', evidence: ['docker-concepts.zh#2.3'] },
  { source: 'virtual-machine', target: 'kernel', type: 'requires', evidence: ['docker-concepts.zh#2.1'] },
  { source: 'lxc', target: 'container', type: 'provides', evidence: ['docker-concepts.zh#2.4'] },
  { source: 'lxc', target: 'libcontainer', type: 'replaced-by', evidence: ['docker-concepts.zh#2.4'] },
  { source: 'libcontainer', target: 'runc', type: 'replaced-by', evidence: ['docker-concepts.zh#2.4'] },
  {
    source: 'docker-client',
    target: 'docker-daemon',
    type: 'connects-to',
    evidence: ['docker-concepts.zh#3.1'],
  },
  { source: 'docker-daemon', target: 'image', type: 'uses', evidence: ['docker-concepts.zh#3.1'] },
  { source: 'docker-daemon', target: 'runc', type: 'uses', evidence: ['docker-concepts.zh#2.4'] },
  { source: 'image', target: 'union-mount', type: 'based-on', evidence: ['docker-concepts.zh#4.1'] },
  { source: 'container', target: 'image', type: 'based-on', evidence: ['docker-concepts.zh#4.1'] },
  { source: 'aufs', target: 'union-mount', type: 'implemented-by', evidence: ['docker-concepts.zh#4.2'] },
  { source: 'overlay2', target: 'union-mount', type: 'implemented-by', evidence: ['docker-concepts.zh#4.2'] },
  { source: 'aufs', target: 'overlay2', type: 'replaced-by', evidence: ['docker-concepts.zh#4.2'] },
  { source: 'bridge-mode', target: 'docker0', type: 'uses', evidence: ['docker-concepts.zh#5.2'] },
  { source: 'bridge-mode', target: 'iptables', type: 'uses', evidence: ['docker-concepts.zh#5.2'] },
  {
    source: 'host-mode',
    target: 'bridge-mode',
    type: 'contrasts-with',
    evidence: ['docker-concepts.zh#5.3'],
  },
  {
    source: 'none-mode',
    target: 'bridge-mode',
    type: 'contrasts-with',
    evidence: ['docker-concepts.zh#5.4'],
  },
  { source: 'container', target: 'docker0', type: 'connects-to', evidence: ['docker-concepts.zh#5.1'] },
  { source: 'volume', target: 'container', type: 'stored-in', evidence: ['docker-concepts.zh#6.1'] },
];
