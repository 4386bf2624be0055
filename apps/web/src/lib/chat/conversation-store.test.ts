import { describe, expect, it } from 'vitest';
import type { Conversation } from './chat-types';
import {
  CONVERSATIONS_KEY,
  loadConversations,
  MAX_CONVERSATIONS,
  saveConversations,
} from './conversation-store';

function memoryStorage(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

const conversation = (id: string, updatedAt: number): Conversation => ({
  id,
  title: `Q ${id}`,
  createdAt: updatedAt,
  updatedAt,
  messages: [
    { id: `${id}-u`, role: 'user', text: '什么是容器？' },
    {
      id: `${id}-a`,
      role: 'assistant',
      status: 'done',
      text: '容器共享内核 [1]。',
      citations: [{ id: 'n#1.1', quote: 'q', source: { file: 'n.md', heading: 'h', line: 3 } }],
      concepts: [{ id: 'container', label: '容器' }],
      followUps: ['镜像是什么？'],
      engine: 'offline',
    },
  ],
});

describe('conversation store', () => {
  it('round-trips conversations, newest first', () => {
    const storage = memoryStorage();
    expect(saveConversations(storage, [conversation('a', 1), conversation('b', 2)])).toBe(true);
    const loaded = loadConversations(storage);
    expect(loaded.map((c) => c.id)).toEqual(['b', 'a']);
    expect(loaded[0]?.messages[1]).toEqual(conversation('b', 2).messages[1]);
  });

  it('treats an answer that was still streaming as stopped', () => {
    const storage = memoryStorage();
    const c = conversation('a', 1);
    const answer = c.messages[1];
    if (answer?.role === 'assistant') answer.status = 'streaming';
    saveConversations(storage, [c]);
    expect(loadConversations(storage)[0]?.messages[1]).toMatchObject({ status: 'stopped' });
  });

  it('ignores corrupt or foreign data instead of crashing the page', () => {
    const storage = memoryStorage();
    for (const raw of [
      '{not json',
      '42',
      '{"a":1}',
      '[null, 1, {"id":7}]',
      '[{"id":"x","messages":[{"role":"hacker"}]}]',
    ]) {
      storage.setItem(CONVERSATIONS_KEY, raw);
      const loaded = loadConversations(storage);
      expect(Array.isArray(loaded)).toBe(true);
      expect(loaded.flatMap((c) => c.messages)).toEqual([]);
    }
  });

  it('keeps only the newest conversations and drops empty ones', () => {
    const storage = memoryStorage();
    const many = Array.from({ length: MAX_CONVERSATIONS + 5 }, (_, i) => conversation(`c${i}`, i));
    saveConversations(storage, [...many, { ...conversation('empty', 999), messages: [] }]);
    const loaded = loadConversations(storage);
    expect(loaded).toHaveLength(MAX_CONVERSATIONS);
    expect(loaded[0]?.id).toBe(`c${MAX_CONVERSATIONS + 4}`);
  });

  it('reports a full or blocked storage instead of throwing', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(saveConversations(storage, [conversation('a', 1)])).toBe(false);
    expect(saveConversations(undefined, [conversation('a', 1)])).toBe(false);
  });
});
