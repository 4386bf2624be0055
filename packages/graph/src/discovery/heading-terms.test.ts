import { describe, expect, it } from 'vitest';
import { headingTerms } from './heading-terms';

describe('headingTerms', () => {
  it('parts a title at and, dashes, 、 and 与', () => {
    expect(headingTerms('Jobs and CronJobs')).toEqual(['Jobs', 'CronJobs']);
    expect(headingTerms('Deployment 与 Service')).toEqual(['Deployment', 'Service']);
    expect(headingTerms('Egress QDisc - txqueuelen and default_qdisc')).toEqual([
      'Egress QDisc',
      'txqueuelen',
      'default_qdisc',
    ]);
  });

  it('gives coordinated words the head of the name they share, never a bare half', () => {
    expect(headingTerms('Liveness and Readiness Probes')).toEqual(['Liveness Probes', 'Readiness Probes']);
    const tcp = headingTerms('TCP Read and Write Buffers/Queues');
    expect(tcp).toEqual(['TCP Read Buffers', 'TCP Read Queues', 'TCP Write Buffers', 'TCP Write Queues']);
    for (const half of ['Write Buffers', 'Queues', 'TCP Read']) expect(tcp).not.toContain(half);
  });

  it('parts whole names a slash joins', () => {
    expect(headingTerms('进程/线程')).toEqual(['进程', '线程']);
    expect(headingTerms('Config Maps / Environment Variables')).toEqual([
      'Config Maps',
      'Environment Variables',
    ]);
  });
});
