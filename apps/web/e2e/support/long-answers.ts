/**
 * Long model answers with what stretches a chat bubble: a wide table, a long code line, a long unbroken
 * token, lists. Marks `[n]` cite the passages the tutor numbered in its prompt.
 */
export const LONG_ANSWER = {
  en: `Containers and virtual machines both isolate workloads, but at different layers [1][2].

| Aspect | Container | Virtual machine |
| --- | --- | --- |
| Kernel | Shares the host kernel; namespaces and Cgroups separate the processes [1] | Boots its own guest kernel on emulated hardware [2] |
| Start-up time | Milliseconds, because only a process starts | Tens of seconds, because a whole operating system boots |
| Isolation | Process level: UTS, IPC, PID, mount, network and user namespaces | Hardware level: a hypervisor separates the guests |
| Image size | Megabytes, with read-only layers shared between images through overlay2 | Gigabytes, one full disk image per machine |

To see the kernel being shared, start a container and compare the kernel release on both sides:

\`\`\`sh
docker run --rm -it --name kernel-demo --network bridge --memory 256m --cpus 0.5 ubuntu:22.04 bash -c "uname -r && cat /proc/1/cgroup && ls /sys/fs/cgroup"
uname -r   # on the host: the same release
\`\`\`

Key points:

1. A container is an isolated process on the host, not a machine [1].
2. Its limits come from Cgroups: /sys/fs/cgroup/memory/docker/3f2a9c1b7d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4/memory.limit_in_bytes holds the memory cap.
3. A virtual machine pays for its stronger isolation with a whole guest operating system [2].
`,
  zh: `容器和虚拟机都能隔离运行环境，但隔离发生在不同的层次 [1][2]。

| 对比项 | 容器 | 虚拟机 |
| --- | --- | --- |
| 内核 | 与宿主机共享同一个内核，靠命名空间和 Cgroups 隔离进程 [1] | 在模拟出来的硬件上启动自己的客户机内核 [2] |
| 启动时间 | 毫秒级，因为只是启动一个进程 | 数十秒，因为要引导一整个操作系统 |
| 隔离程度 | 进程级：UTS、IPC、PID、Mount、网络和 USER 命名空间 | 硬件级：由虚拟机监控器隔开各个客户机 |
| 镜像大小 | 以 MB 计，只读层通过 overlay2 在镜像之间共享 | 以 GB 计，每台虚拟机一整个磁盘镜像 |

想亲眼看到内核是共享的，可以启动一个容器，比较两边的内核版本：

\`\`\`sh
docker run --rm -it --name kernel-demo --network bridge --memory 256m --cpus 0.5 ubuntu:22.04 bash -c "uname -r && cat /proc/1/cgroup && ls /sys/fs/cgroup"
uname -r   # 在宿主机上：同一个版本
\`\`\`

要点：

1. 容器是宿主机上一个被隔离的进程，而不是一台机器 [1]。
2. 它的资源限制来自 Cgroups：/sys/fs/cgroup/memory/docker/3f2a9c1b7d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4/memory.limit_in_bytes 记录着内存上限。
3. 虚拟机用一整个客户机操作系统换来了更彻底的隔离 [2]。
`,
} as const;

/** `text` cut into pieces of about `size` characters, as a model streams it. */
export function toChunks(text: string, size = 24): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks;
}
