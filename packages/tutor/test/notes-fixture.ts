/**
 * Small notes for the LLM engine's tests: a Chinese file and its English translation, parsed with the real
 * `parseNotes`, as a `PassageStore` (passages by id, translation → original), plus a grounding helper.
 */
import { parseNotes } from '@notetutor/notes';
import type { PassageStore } from '../src/llm/passage-store';
import type { Grounding } from '../src/types';

export const ZH_NOTES = `# 容器基础
## 容器与虚拟机
* 虚拟机在宿主机上模拟硬件和内核，隔离彻底但开销大。
* 容器共享宿主机内核，用 Namespaces 隔离用户空间。
## 资源限制
* Cgroups 限制容器能使用的 CPU 和内存。
`;

export const EN_NOTES = `---
translation_of: basics.zh.md
---
# Container basics
## Containers and virtual machines
* A virtual machine emulates hardware and a kernel on the host: strong isolation, high overhead.
* A container shares the host kernel and isolates user space with Namespaces.
## Resource limits
* Cgroups limit how much CPU and memory a container may use.
`;

/** Builds a passage store from notes files; `.en` files with `translation_of` map to their original's ids. */
export function storeFromNotes(files: { file: string; text: string }[]): PassageStore {
  const documents = files.map(({ file, text }) => parseNotes(text, { file }));
  const passages = new Map(documents.flatMap((doc) => doc.passages.map((p) => [p.id, p] as const)));
  const originalOf = new Map<string, string>();
  for (const doc of documents) {
    if (!doc.translationOf) continue;
    const originalStem = doc.translationOf.replace(/\.(md|markdown)$/i, '');
    for (const passage of doc.passages) {
      const originalId = passage.id.replace(`${doc.stem}#`, `${originalStem}#`);
      if (passages.has(originalId)) originalOf.set(passage.id, originalId);
    }
  }
  return { passages, originalOf };
}

export const basicsStore = (): PassageStore =>
  storeFromNotes([
    { file: 'basics.zh.md', text: ZH_NOTES },
    { file: 'basics.en.md', text: EN_NOTES },
  ]);

/** A covered grounding ranking these passage ids, best first. */
export function groundingFor(question: string, language: 'zh' | 'en', ids: string[]): Grounding {
  return {
    question,
    language,
    concepts: [
      { id: 'container', label: language === 'en' ? 'Container' : '容器', score: 1, matched: 'container' },
    ],
    passages: ids.map((id, i) => ({ id, score: 10 - i })),
    relations: [],
    covered: true,
  };
}
