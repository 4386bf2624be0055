import { describe, expect, it } from 'vitest';
import { definingSentence, splitSentences } from './defining-sentence';

const DOCKER0 =
  'docker supports several network modes, which can be listed with the docker info command. By default there ' +
  'are three, bridge, host and none. After docker is installed, it creates a bridge called docker0; docker0 is ' +
  'not only a virtual network card, it also acts as a switch for the containers. When a container is created, ' +
  'a pair of network cards is created automatically.';

describe('definingSentence', () => {
  it('picks the first sentence that names the concept, not the paragraph around it', () => {
    expect(definingSentence(DOCKER0, ['docker0'])).toBe(
      'After docker is installed, it creates a bridge called docker0; docker0 is not only a virtual network card, it also acts as a switch for the containers.',
    );
  });

  it('matches a Latin name as a whole word only, and any of the names', () => {
    expect(definingSentence('docker0 is a bridge. Docker runs containers.', ['Docker'])).toBe(
      'Docker runs containers.',
    );
    expect(definingSentence('先说背景。命名空间用来隔离资源。后面再讲。', ['Namespaces', '命名空间'])).toBe(
      '命名空间用来隔离资源。',
    );
  });

  it('falls back to the first sentence, and keeps a one-sentence passage whole', () => {
    expect(definingSentence('First point. Second point.', ['nowhere'])).toBe('First point.');
    expect(definingSentence('bootfs holds the boot loader', ['bootfs'])).toBe('bootfs holds the boot loader');
  });

  it('does not end a sentence inside a name or an abbreviation', () => {
    expect(splitSentences('Use docker0. It is e.g. a bridge.')).toEqual([
      'Use docker0.',
      'It is e.g. a bridge.',
    ]);
  });
});
