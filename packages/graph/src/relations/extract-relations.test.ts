import { describe, expect, it } from 'vitest';
import { corpusFrom, ownVocabulary } from '../../test/corpus';
import { buildKnowledgeBase } from '../knowledge-base/build-knowledge-base';

/** The relations (`source -type-> target`) one note states, co-occurrence left out unless asked. */
function relations(markdown: string, withRelatedTo = false): string[] {
  const kb = buildKnowledgeBase(corpusFrom({ 'note.md': markdown }), ownVocabulary(), { layout: false });
  return kb.graph
    .mapEdges((_key, a, source, target) => `${source} -${a.type}-> ${target}`)
    .filter((r) => withRelatedTo || !r.includes('-related-to->'));
}

describe('relations stated by cue words', () => {
  it('takes the nearest concept on each side of a cue', () => {
    expect(relations('Docker daemon守护进程监听本地的socket文件。')).toEqual([
      'docker-daemon -uses-> unix-socket',
    ]);
    expect(relations('The Docker daemon listens on the local socket file.')).toEqual([
      'docker-daemon -uses-> unix-socket',
    ]);
  });

  it('reads the direction from the pattern, whichever side the source stands on', () => {
    expect(relations('Namespaces包括UTS。')).toEqual(['uts-namespace -part-of-> namespaces']);
    expect(relations('UTS属于Namespaces。')).toEqual(['uts-namespace -part-of-> namespaces']);
    expect(relations('Docker容器引擎从libcontainer变更为Runc。')).toContain(
      'libcontainer -replaced-by-> runc',
    );
    expect(relations('runc replaced libcontainer.')).toEqual(['libcontainer -replaced-by-> runc']);
  });

  it('reads naming (`被称为`, `also called`) as no relation between two concepts', () => {
    expect(relations('Linux 中，容器被称为 LXC。')).toEqual([]);
    expect(relations('In Linux a container is also called an LXC.')).toEqual([]);
  });

  it("does not take the object of a preposition right after a cue for the cue's object", () => {
    expect(relations('容器需要宿主机。')).toEqual(['container -requires-> host']);
    expect(relations('容器需要和宿主机互相通信。')).not.toContain('container -requires-> host');
  });

  it('takes the longer noun a Chinese name runs on into (进程队列) for the slot, not the name', () => {
    expect(relations('容器使用进程。')).toEqual(['container -uses-> process']);
    expect(relations('容器使用进程队列。')).toEqual([]);
    // A name followed by a verb ends where it stands.
    expect(relations('容器使用镜像层构建文件系统。')).toEqual(['container -uses-> image-layer']);
  });

  it('ignores a negated cue', () => {
    expect(relations('容器之间访问将不再使用docker0。')).toEqual([]);
    expect(relations('Containers no longer go through docker0.')).toEqual([]);
    expect(relations('Containers go through docker0.')).toEqual(['container -uses-> docker0']);
  });

  it('applies a cue to every member of an enumeration', () => {
    expect(relations('CPU和内存属于系统资源。')).toEqual([
      'cpu -part-of-> resources',
      'memory -part-of-> resources',
    ]);
  });

  it('resolves `这6种…` / `these six…` to the enumeration before it', () => {
    const zh = relations(
      '每个用户空间都有独立的UTS(主机名称)、PID(进程)，这2种命名空间统称为**Namespaces**。',
    );
    expect(zh).toEqual(
      expect.arrayContaining(['uts-namespace -part-of-> namespaces', 'pid-namespace -part-of-> namespaces']),
    );
    const en = relations(
      'Each user space has its own UTS, PID and IPS; these 3 kinds of namespaces are collectively called Namespaces.',
    );
    expect(en).toEqual([
      'ipc-namespace -part-of-> namespaces',
      'pid-namespace -part-of-> namespaces',
      'uts-namespace -part-of-> namespaces',
    ]);
  });

  it('gives a pronoun subject the concept it points back to, and a target its examples of the same kind', () => {
    const zh = relations(
      'Linux内核提供对资源限制分配的功能叫做Cgroups。它可以对系统资源进行限制分配、比如一个容器可以使用多少CPU核心、多少内存等。',
    );
    expect(zh).toEqual(
      expect.arrayContaining([
        'cgroups -limits-> resources',
        'cgroups -limits-> cpu',
        'cgroups -limits-> memory',
      ]),
    );
    expect(zh).not.toContain('cgroups -limits-> container');
    const en = relations(
      'The kernel provides a feature called Cgroups. It can limit system resources, for example CPU and memory.',
    );
    expect(en).toEqual([
      'cgroups -limits-> cpu',
      'cgroups -limits-> memory',
      'cgroups -limits-> resources',
      'kernel -provides-> cgroups',
    ]);
  });

  it('keeps only the most specific of two cues sharing a word', () => {
    const found = relations('Linux内核提供对资源限制分配的功能叫做Cgroups。');
    expect(found).toContain('kernel -provides-> cgroups');
    expect(found).not.toContain('resources -implemented-by-> cgroups');
  });

  it('gives a subject-less clause the topic of its bullet', () => {
    expect(relations('* bridge：要想外部访问容器，就需要进行DNAT模式。')).toEqual([
      'bridge -requires-> dnat',
    ]);
    // …but not a clause whose subject is someone else's: "so to use Docker, …".
    expect(
      relations(
        'The Linux kernel added the USER namespace in version 3.8, so to use Docker the kernel must be 3.10.',
      ),
    ).toEqual(['kernel -provides-> user-namespace']);
  });

  it('does not read looking something up with a command as using it', () => {
    expect(relations('* docker支持多种网络模式使用docker info命令可以查看。')).not.toContain(
      'network-mode -uses-> docker-info',
    );
    expect(relations('* 容器之间通过lo地址可互相访问。')).toEqual(['container -uses-> loopback']);
  });

  it('does not take a possessive or a relative pronoun for a slot', () => {
    expect(relations("A virtual machine runs on top of the host's operating system.")).toEqual([
      'virtual-machine -based-on-> operating-system',
    ]);
    expect(
      relations('The network interfaces through which containers communicate are connected to docker0.'),
    ).toEqual(['container -connects-to-> docker0']);
  });
});

describe('relations stated by naming', () => {
  it('reads a name before a class noun of its kind, or glossed by one, as an instance of it', () => {
    expect(relations('容器都连接到docker0网桥中。')).toContain('bridge -implemented-by-> docker0');
    expect(relations('新版本中默认使用**overla2(联合挂载)**。')).toContain(
      'union-mount -implemented-by-> overlay2',
    );
    expect(
      relations('Early versions used **Aufs (advanced multi-layered unification filesystem)**.'),
    ).toContain('union-mount -implemented-by-> aufs');
    expect(relations('Docker镜像很小。')).toEqual([]);
  });
});

describe('relations stated by a question and its answer', () => {
  it('makes the key concept of the answer provide what a how-question asks about', () => {
    expect(relations('* 用户空间如何隔离？每个用户空间都有独立的UTS，统称为**Namespaces**。')).toContain(
      'namespaces -provides-> isolation',
    );
    const notes = [
      '##### How is data persisted?',
      '* By default the data of a container is deleted with the container; on the host it stays.',
      '* Directories on the host are bound to the container (a bind mount).',
    ].join('\n');
    // The answer's most specific concept: the bind mount, not the host or the container named everywhere.
    expect(relations(notes)).toContain('bind-mount -provides-> persistence');
  });

  it('makes a "how is X implemented" heading implemented by the answer', () => {
    expect(relations('##### Docker镜像如何实现？\n* 最后通过**联合挂载**的方式将所有层整合。')).toContain(
      'image -implemented-by-> union-mount',
    );
  });
});

describe('co-occurrence', () => {
  it('relates concepts named in one clause, not across clauses, not the members of a list', () => {
    const found = relations('Docker client执行命令时Docker server从仓库中获取。CPU和内存，交换机', true);
    expect(found).toContain('docker-client -related-to-> docker-daemon');
    // Three concepts named once together: two weak links connect them, the third would teach nothing.
    expect(found.filter((r) => r.includes('registry'))).toHaveLength(1);
    expect(found.filter((r) => r.includes('switch'))).toEqual([]);
    expect(found).not.toContain('cpu -related-to-> memory');
  });
});
