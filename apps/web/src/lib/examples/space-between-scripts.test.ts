import { describe, expect, it } from 'vitest';
import { spaceBetweenScripts } from './space-between-scripts';

describe('spaceBetweenScripts', () => {
  it('spaces Latin words and digits off Chinese, in either order', () => {
    expect(spaceBetweenScripts('什么是Cgroups？')).toBe('什么是 Cgroups？');
    expect(spaceBetweenScripts('docker0和网桥有什么关系？')).toBe('docker0 和网桥有什么关系？');
    expect(spaceBetweenScripts('Docker镜像')).toBe('Docker 镜像');
  });

  it('leaves text that is already spaced, punctuation and one-script text alone', () => {
    expect(spaceBetweenScripts('Docker 守护进程和 Docker 客户端有什么区别？')).toBe(
      'Docker 守护进程和 Docker 客户端有什么区别？',
    );
    expect(spaceBetweenScripts('（Docker）')).toBe('（Docker）');
    expect(spaceBetweenScripts('容器和虚拟机有什么区别？')).toBe('容器和虚拟机有什么区别？');
    expect(spaceBetweenScripts('What is a container?')).toBe('What is a container?');
  });
});
