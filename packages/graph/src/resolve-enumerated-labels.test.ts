import { describe, expect, it } from 'vitest';
import { corpusFrom, ownVocabulary } from '../test/corpus';
import { buildKnowledgeBase } from './build-knowledge-base';

/** The concepts each passage of one English note names, in order. */
function named(markdown: string): Record<string, string[]> {
  const kb = buildKnowledgeBase(corpusFrom({ 'net.md': markdown }), ownVocabulary(), { layout: false });
  return Object.fromEntries(kb.passageConcepts);
}

describe('bullet labels a section enumerates', () => {
  it('names the listed kind of thing when the label is also the name of something else', () => {
    const concepts = named(`# Networking

## Modes
Docker offers three network modes: bridge, host and none.

- bridge: containers sit behind NAT on the docker0 bridge.
- host: the container shares the host's network stack, so a port it opens is open on the host.
- none: the container gets only a loopback interface.
`);
    // `host` alone is the host machine in English; among bridge/host/none it is the mode. The host's
    // network stack is still the machine's.
    expect(concepts['net#2.3']?.[0]).toBe('host-mode');
    expect(concepts['net#2.3']).toContain('host');
    expect(concepts['net#2.4']?.[0]).toBe('none-mode');
    expect(concepts['net#2.1']).toEqual(expect.arrayContaining(['bridge', 'host-mode', 'none-mode']));
    expect(concepts['net#2.1']).not.toContain('host');
  });

  it('leaves a label alone when no enumeration lists it with its siblings', () => {
    const concepts = named(`# Setup

## Machines
- host: the machine that runs the Docker daemon.
- guest: a virtual machine started on it.
`);
    expect(concepts['net#2.1']?.[0]).toBe('host');
  });

  it('leaves a label alone when the siblings do not tell its kind', () => {
    const concepts = named(`# Setup

## Roles
We care about the host and the registry here.

- host: the machine that runs the Docker daemon.
- registry: where images are pulled from.
`);
    expect(concepts['net#2.2']?.[0]).toBe('host');
  });
});
