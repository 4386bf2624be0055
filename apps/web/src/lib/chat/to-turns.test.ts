import { describe, expect, it } from 'vitest';
import type { ChatMessage } from './chat-types';
import { toTurns } from './to-turns';

describe('toTurns', () => {
  it('sends the history with concept ids and ends with the question', () => {
    const history: ChatMessage[] = [
      { id: '1', role: 'user', text: '什么是 cgroups？' },
      {
        id: '2',
        role: 'assistant',
        status: 'done',
        text: 'Cgroups 限制资源 [1]。',
        citations: [],
        concepts: [{ id: 'cgroups', label: 'Cgroups' }],
        followUps: [],
      },
      { id: '3', role: 'user', text: '它属于什么？' },
      { id: '4', role: 'assistant', status: 'error', text: '', citations: [], concepts: [], followUps: [] },
    ];
    expect(toTurns(history, '那 namespaces 呢？')).toEqual([
      { role: 'user', content: '什么是 cgroups？' },
      { role: 'assistant', content: 'Cgroups 限制资源 [1]。', concepts: ['cgroups'] },
      { role: 'user', content: '它属于什么？' },
      { role: 'user', content: '那 namespaces 呢？' },
    ]);
  });

  it('caps the history at 50 turns plus the question', () => {
    const history: ChatMessage[] = Array.from({ length: 120 }, (_, i) => ({
      id: `${i}`,
      role: 'user',
      text: `q${i}`,
    }));
    const turns = toTurns(history, 'last');
    expect(turns).toHaveLength(51);
    expect(turns.at(-1)).toEqual({ role: 'user', content: 'last' });
    expect(turns[0]).toEqual({ role: 'user', content: 'q70' });
  });
});
