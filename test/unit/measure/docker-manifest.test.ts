import { describe, expect, it } from 'vitest';
import { dockerPushManifest } from '../../../src/measure/docker-manifest.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;

describe('dockerPushManifest', () => {
  it('writes Go MarshalIndent layout with three spaces', () => {
    expect(dockerPushManifest({ digest: digest('c'), size: 1470 }, [{ digest: digest('1'), size: 99 }])).toBe(
      [
        '{',
        '   "schemaVersion": 2,',
        '   "mediaType": "application/vnd.docker.distribution.manifest.v2+json",',
        '   "config": {',
        '      "mediaType": "application/vnd.docker.container.image.v1+json",',
        '      "size": 1470,',
        `      "digest": "${digest('c')}"`,
        '   },',
        '   "layers": [',
        '      {',
        '         "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",',
        '         "size": 99,',
        `         "digest": "${digest('1')}"`,
        '      }',
        '   ]',
        '}',
      ].join('\n'),
    );
  });

  it('writes an empty layer list as [] and omits a zero size as Go does', () => {
    const text = dockerPushManifest({ digest: digest('c'), size: 0 }, []);
    expect(text).toContain('"layers": []');
    expect(text).not.toContain('"size"');
  });
});
