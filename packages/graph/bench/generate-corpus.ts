/**
 * Deterministic notes for the benchmark: variants of the seed notes (the Chinese file and its English
 * translation), each with renumbered headings, bullets shuffled within their sections, and other images,
 * tools, databases, versions and commands substituted, so that the corpus is not one text repeated.
 */

import { mulberry32 as random } from '../src/queries/mulberry32';

const IMAGES = [
  'nginx',
  'redis',
  'postgres',
  'mongo',
  'httpd',
  'tomcat',
  'alpine',
  'ubuntu',
  'busybox',
  'rabbitmq',
  'kafka',
  'zookeeper',
  'consul',
  'vault',
  'grafana',
  'prometheus',
  'elasticsearch',
  'kibana',
  'memcached',
  'haproxy',
  'traefik',
  'caddy',
  'jenkins',
  'gitlab',
  'mariadb',
  'influxdb',
  'minio',
  'keycloak',
  'sonarqube',
  'nextcloud',
];
const TOOLS = [
  ['emacs', 'apache', 'amecs'],
  ['vim', 'curl', 'vmi'],
  ['git', 'openssl', 'gti'],
  ['python', 'gcc', 'pyhton'],
  ['nodejs', 'make', 'nodjs'],
  ['perl', 'wget', 'prel'],
];
const DATABASES = [
  ['Mysql', 'Redis'],
  ['Postgres', 'Memcached'],
  ['MongoDB', 'Cassandra'],
  ['SQLite', 'Etcd'],
  ['Oracle', 'Neo4j'],
];
const LIST_COMMANDS = ['docker info', 'docker network ls', 'docker system info', 'docker inspect'];
const BRIDGE_COMMANDS = ['brctl show', 'ip link', 'bridge link', 'ip addr'];

function substitute(text: string, copy: number): string {
  const image = IMAGES[copy % IMAGES.length] as string;
  const [tool1, tool2, typo] = TOOLS[copy % TOOLS.length] as string[];
  const [db1, db2] = DATABASES[copy % DATABASES.length] as string[];
  return text
    .replaceAll('nginx', image)
    .replaceAll('amecs', typo as string)
    .replaceAll('emacs', tool1 as string)
    .replaceAll('apache', tool2 as string)
    .replaceAll('Mysql', db1 as string)
    .replaceAll('Redis', db2 as string)
    .replaceAll('3.10', `3.${10 + (copy % 9)}`)
    .replaceAll('3.8', `3.${8 + (copy % 2)}`)
    .replaceAll('docker info', LIST_COMMANDS[copy % LIST_COMMANDS.length] as string)
    .replaceAll('brctl show', BRIDGE_COMMANDS[copy % BRIDGE_COMMANDS.length] as string)
    .replace(/^(#{1,6}\s*)(\d+)\./gm, (_m, hashes: string, n: string) => `${hashes}${copy + 1}.${n}.`);
}

/** Shuffles the bullets of each section (the same way for a file and its translation). */
function shuffleBullets(text: string, seed: number): string {
  const next = random(seed);
  const out: string[] = [];
  let bullets: string[][] = [];
  const flush = () => {
    for (let i = bullets.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [bullets[i], bullets[j]] = [bullets[j] as string[], bullets[i] as string[]];
    }
    for (const bullet of bullets) out.push(...bullet);
    bullets = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('* ')) bullets.push([line]);
    else if (bullets.length > 0 && line !== '' && !line.startsWith('#'))
      (bullets[bullets.length - 1] as string[]).push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out.join('\n');
}

/** One generated notes file. */
export interface GeneratedFile {
  file: string;
  text: string;
}

/**
 * Variants of the seed pair until the corpus holds `targetBytes` of UTF-8 text: `notes-N.zh.md` and its
 * translation `notes-N.en.md` (front matter `translation_of: notes-N.zh.md`).
 */
export function generateCorpus(zh: string, en: string, targetBytes: number): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < targetBytes; copy++) {
    const stem = `notes-${String(copy).padStart(4, '0')}`;
    const zhText = shuffleBullets(substitute(zh, copy), copy + 1);
    const enText = shuffleBullets(substitute(en, copy), copy + 1).replace(
      /^translation_of: .*$/m,
      `translation_of: ${stem}.zh.md`,
    );
    files.push({ file: `${stem}.zh.md`, text: zhText }, { file: `${stem}.en.md`, text: enText });
    bytes += Buffer.byteLength(zhText) + Buffer.byteLength(enText);
  }
  return files;
}

/**
 * One file of concept-dense bullets under a single heading, `targetBytes` long: the shape that made a long
 * section quadratic (every bullet a `第 N 条：` label, every sentence naming the same few concepts).
 */
export function generateLongSection(targetBytes: number): GeneratedFile {
  const lines = ['# 容器笔记', ''];
  let bytes = 0;
  for (let n = 1; bytes < targetBytes; n++) {
    const runtime = n % 7 === 0 ? 'Docker' : n % 3 === 0 ? 'containerd' : 'runc';
    const line = `* 第 ${n} 条：容器 ${runtime} 使用 cgroups 限制 CPU 与内存，镜像层通过联合挂载组成读写层。`;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return { file: 'long-section.zh.md', text: `${lines.join('\n')}\n` };
}

/**
 * A glossary of `targetBytes`: one `**term**: definition` bullet per term under a heading per letter, each
 * definition naming earlier terms and a few seed concepts, in both languages.
 */
export function generateGlossary(targetBytes: number): GeneratedFile {
  const next = random(7);
  const lines = ['# Glossary', ''];
  let bytes = 0;
  let letter = -1;
  for (let n = 0; bytes < targetBytes; n++) {
    const heading = Math.floor(n / 400);
    if (heading !== letter) {
      letter = heading;
      lines.push('', `## Part ${heading + 1}`, '');
    }
    const term = `term-${n.toString(36)}`;
    const a = `term-${Math.floor(next() * (n + 1)).toString(36)}`;
    const b = `term-${Math.floor(next() * (n + 1)).toString(36)}`;
    const line =
      n % 2 === 0
        ? `* **${term}**: a kind of namespace that ${a} uses with cgroups; unlike ${b}, it shares the kernel.`
        : `* **${term}**（术语 ${n}）：与 ${a} 一起使用的镜像层，通过 overlay2 挂载，区别于 ${b}。`;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return { file: 'glossary.md', text: `${lines.join('\n')}\n` };
}
