import { describe, expect, it } from 'vitest';
import { deploymentNotice, deploymentOf } from './deploy.ts';

describe('the deployment notice of a build', () => {
  it('says plainly that a build without SITE_URL suits local preview only, and how to fix it', () => {
    for (const env of [{}, { SITE_URL: '' }, { BASE_PATH: '/mc/' }]) {
      const notice = deploymentNotice(env);
      expect(notice).toMatch(/^SITE_URL is not set, so this build suits local preview only/);
      expect(notice).toContain('http://localhost:4321');
      expect(notice).toContain('SITE_URL=https://your.host npm run build');
    }
  });

  it('names the public address when SITE_URL is set', () => {
    expect(deploymentNotice({ SITE_URL: 'https://archive.example' })).toBe(
      'Built for https://archive.example/.',
    );
    expect(deploymentNotice({ SITE_URL: 'https://example.org', BASE_PATH: '/mc-archive/' })).toBe(
      'Built for https://example.org/mc-archive/.',
    );
  });

  it('falls back to the local preview address and the root path', () => {
    expect(deploymentOf({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  });
});
