import { describe, expect, it } from 'vitest';
import { redirectRules } from '../../src/lib/redirects.ts';

describe('redirectRules', () => {
  const notes = [
    { slug: 'kubeflow', aliases: ['kf', 'kubeflow-intro'] },
    { slug: 'containers', aliases: ['docker-basics'] },
    { slug: 'plain', aliases: [] },
  ];

  it('writes a 301 from each alias to its note, sorted, after a comment', () => {
    expect(redirectRules(notes, '/').split('\n')).toEqual([
      expect.stringMatching(/^# /),
      '/topics/docker-basics/ /topics/containers/ 301',
      '/topics/kf/ /topics/kubeflow/ 301',
      '/topics/kubeflow-intro/ /topics/kubeflow/ 301',
      '',
    ]);
  });

  it('puts the base path in front of both URLs', () => {
    expect(redirectRules(notes, '/sub/')).toContain('/sub/topics/kf/ /sub/topics/kubeflow/ 301');
  });
});
