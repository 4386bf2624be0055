import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnswerSchema } from '@notetutor/contracts';
import { type FakeOpenAI, startFakeOpenAI } from '@notetutor/test-support/fake-openai-server';
import { afterEach, describe, expect, it, vi } from 'vitest';

const ASK = fileURLToPath(new URL('./ask.ts', import.meta.url));

/** Runs `ask.ts` in a child process (through tsx, as `npm run ask` does) with a clean model environment. */
function ask(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const base = { ...process.env };
  for (const name of [
    'OPENAI_API_KEY',
    'OPENAI_BASE_URL',
    'TUTOR_MODEL',
    'TUTOR_TIMEOUT_MS',
    'TUTOR_MAX_RETRIES',
    'NOTES_DIR',
  ]) {
    delete base[name];
  }
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', ASK, ...args],
      { env: { ...base, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

// Each test starts a process that loads the notes: seconds, not milliseconds, on a shared 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('npm run ask', () => {
  it('prints exactly the Answer contract as JSON with --json', async () => {
    const { code, stdout } = await ask(['--json', '容器和虚拟机有什么区别？']);
    expect(code).toBe(0);
    const answer = AnswerSchema.parse(JSON.parse(stdout));
    expect(answer).toMatchObject({ engine: 'offline', grounded: true, language: 'zh' });
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations[0]?.source.file).toBe('docker-concepts.zh.md');
  });

  it('prints a readable answer with numbered sources, Chinese originals under English passages, and the engine', async () => {
    const { code, stdout } = await ask(['What is the difference between a container and a virtual machine?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\[1\]/);
    expect(stdout).toMatch(/\nSources\n\[1\] docker-concepts\.en\.md:\d+ — /);
    expect(stdout).toMatch(/\n {4}original docker-concepts\.zh\.md:\d+ — /);
    expect(stdout).toContain('Answered offline from your notes.');
  });

  it('declines an off-topic question plainly', async () => {
    const { code, stdout } = await ask(['--json', 'What is the capital of France?']);
    expect(code).toBe(0);
    expect(AnswerSchema.parse(JSON.parse(stdout))).toMatchObject({ grounded: false, citations: [] });
  });

  it('answers through the configured model, and says so', async () => {
    server = await startFakeOpenAI({
      script: [{ type: 'stream', chunks: ['容器共享宿主机的内核 [1]，', '虚拟机则模拟整个系统 [2]。'] }],
    });
    const { code, stdout } = await ask(['--json', '容器和虚拟机有什么区别？'], {
      OPENAI_BASE_URL: server.baseURL,
      TUTOR_MODEL: 'fake-model',
    });
    expect(code).toBe(0);
    const answer = AnswerSchema.parse(JSON.parse(stdout));
    expect(answer).toMatchObject({
      engine: 'llm',
      answer: '容器共享宿主机的内核 [1]，虚拟机则模拟整个系统 [2]。',
    });
    expect(answer.citations).toHaveLength(2);
    expect(server.requests[0]?.body?.model).toBe('fake-model');
  });

  it('falls back offline with a notice when the model fails', async () => {
    server = await startFakeOpenAI({ script: () => ({ type: 'error', status: 503 }) });
    const { code, stdout } = await ask(['What do cgroups do?'], {
      OPENAI_BASE_URL: server.baseURL,
      TUTOR_MAX_RETRIES: '0',
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Answered offline from your notes. The model service failed (HTTP 503)');
  });

  it('answers from another notes folder given with --notes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'notetutor-ask-'));
    try {
      await writeFile(
        path.join(dir, 'network.zh.md'),
        '# Docker 网络\n## host 模式\n* host 模式下容器共享宿主机的网络命名空间，容器内开放的端口就是宿主机的端口。\n',
      );
      const { code, stdout } = await ask(['--json', '--notes', dir, 'host 模式是怎样的？']);
      expect(code).toBe(0);
      const answer = AnswerSchema.parse(JSON.parse(stdout));
      expect(answer.citations.map((c) => c.source.file)).toEqual(['network.zh.md']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads a relative --notes folder from where the user typed the command', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'notetutor-ask-'));
    try {
      await mkdir(path.join(dir, 'my-notes'));
      await writeFile(
        path.join(dir, 'my-notes', 'network.zh.md'),
        '# Docker 网络\n## host 模式\n* host 模式下容器共享宿主机的网络命名空间，容器内开放的端口就是宿主机的端口。\n',
      );
      // npm moves the process into apps/cli and keeps the user's folder in INIT_CWD.
      const { code, stdout } = await ask(['--json', '--notes', 'my-notes', 'host 模式是怎样的？'], {
        INIT_CWD: dir,
      });
      expect(code).toBe(0);
      const answer = AnswerSchema.parse(JSON.parse(stdout));
      expect(answer.citations.map((c) => c.source.file)).toEqual(['network.zh.md']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('prints a Chinese answer with Chinese punctuation and the notes’ own characters unescaped', async () => {
    const { code, stdout } = await ask(['镜像仓库是什么？']);
    expect(code).toBe(0);
    expect(stdout).toContain('<仓库名>');
    expect(stdout).not.toContain('\\<');
    expect(stdout).toContain('还可以问：');
    expect(stdout.trimEnd().endsWith('由离线引擎根据笔记回答。')).toBe(true);
  });

  it('says so when the notes folder does not exist', async () => {
    const { code, stdout, stderr } = await ask(['--notes', '/nonexistent/notes', 'What is a container?']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('ask: the notes folder /nonexistent/notes does not exist.');
  });

  it('shows the usage and exits 2 for an unknown option, leaving stdout empty', async () => {
    const { code, stdout, stderr } = await ask(['--jsno', 'What is a container?']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('ask: unknown option --jsno');
    expect(stderr).toContain('usage: npm run ask -- [--json] [--notes DIR] "question"');
  });

  it('exits 2 with a clear message for an empty question or a missing --notes folder', async () => {
    const empty = await ask(['--json', '   ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('ask: the question is empty');
    const missing = await ask(['What is a container?', '--notes']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--notes needs a folder');
  });

  it('exits 2 naming a malformed model variable instead of silently answering offline', async () => {
    const { code, stderr } = await ask(['What is a container?'], {
      OPENAI_API_KEY: 'k',
      TUTOR_TIMEOUT_MS: 'soon',
    });
    expect(code).toBe(2);
    expect(stderr).toContain('TUTOR_TIMEOUT_MS must be a whole number');
  });
});
