// Many concurrent /api/chat streams held open at once, answered by the LLM engine through a local fake
// OpenAI-compatible server (in this process) that streams slowly.
import { splitIntoChunks, startFakeOpenAI } from '@notetutor/test-support/fake-openai-server';
import { startBenchServer } from './bench-server';

const QUESTIONS = [
  '什么是命名空间？',
  'What does cgroups limit?',
  'docker0 网桥的作用是什么？',
  'How do containers differ from virtual machines?',
];

/**
 * Opens `count` chat streams at once against a fresh server, reads each to its end, and prints how many
 * completed, the errors, how many were open at the same time and the server's peak RSS. Returns whether
 * there were no errors and the peak RSS stayed under `maxRssMb`.
 */
export async function measureStreams(
  main: string,
  env: Record<string, string>,
  count: number,
  maxRssMb: number,
) {
  // Each model reply cites a passage in its first pieces (the tutor streams nothing before a citation), then
  // streams 60 pieces 100 ms apart, so every chat stream stays open ~6 s: long enough for all to be open at
  // once.
  const reply = splitIntoChunks(
    'Cgroups [1] limit what a container can use, and namespaces isolate what it can see. ' +
      'The bridge network connects containers through docker0, and iptables forwards their ports to the host [2]. ' +
      'Union mounts stack read-only image layers under one writable layer.',
    4,
  ).slice(0, 60);
  const fake = await startFakeOpenAI({ script: () => ({ type: 'stream', chunks: reply, delayMs: 100 }) });
  const server = await startBenchServer(main, {
    ...env,
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_API_KEY: 'bench',
    TUTOR_MODEL: 'fake-model',
    MAX_CONCURRENT_STREAMS: String(count + 50),
  });
  try {
    let open = 0;
    let maxOpen = 0;
    let completed = 0;
    const failures: string[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        try {
          const res = await fetch(`${server.url}/api/chat`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ messages: [{ role: 'user', content: QUESTIONS[i % QUESTIONS.length] }] }),
          });
          if (res.status !== 200 || !res.body) {
            failures.push(`HTTP ${res.status}`);
            await res.body?.cancel();
            return;
          }
          // A stream counts as open from its first event to its end.
          const reader = res.body.getReader();
          const decoder = new TextDecoder();
          let text = '';
          let counted = false;
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            text += decoder.decode(value, { stream: true });
            if (!counted && text.includes('event: ')) {
              counted = true;
              open += 1;
              maxOpen = Math.max(maxOpen, open);
            }
          }
          if (counted) open -= 1;
          if (/\nevent: done\n/.test(`\n${text}`) && /event: meta\ndata: \{[^\n]*"engine":"llm"/.test(text))
            completed += 1;
          else
            failures.push(
              text.includes('event: error') ? 'error event' : 'no done event from the llm engine',
            );
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const rss = server.peakRssMb();
    console.log(
      `streams: ${count} concurrent POST /api/chat (LLM engine, fake model streaming ~6 s each): ${completed} completed, ` +
        `${failures.length} errors, at most ${maxOpen} open at once, ${seconds.toFixed(1)} s`,
    );
    if (failures.length > 0) console.log(`  first errors: ${[...new Set(failures)].slice(0, 3).join('; ')}`);
    console.log(`peak RSS         ${rss.toFixed(0)} MB   (target < ${maxRssMb} MB)`);
    return failures.length === 0 && rss < maxRssMb;
  } finally {
    await server.stop();
    await fake.close();
  }
}
