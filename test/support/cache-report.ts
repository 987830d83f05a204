/**
 * A complete CheckReport for the baseline cache tests: two images, one with two platforms, every
 * optional field set once, so a schema that forgot or stripped a field fails the round trip.
 */
import type { CheckReport } from '../../src/report/json.js';

const sha = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

export function sampleReport(): CheckReport {
  return {
    tool: 'tiny-size-gate',
    schemaVersion: 1,
    verdict: 'fail',
    config: 'tiny-size.yml',
    images: [
      {
        name: 'hello',
        method: 'built with docker build + docker save',
        sizes: {
          source: 'docker-archive:/tmp/hello.tar',
          references: ['baseline-hello:latest'],
          platforms: [
            {
              platform: 'linux/amd64',
              manifestDigest: sha(1),
              configDigest: sha(2),
              sizes: {
                files: { bytes: 62 },
                tar: { bytes: 2048 },
                compressed: { bytes: 161, estimated: 'gzip -6 of the layer tar' },
                pull: { bytes: 1180, estimated: 'from the estimated compressed size' },
                layers: 1,
              },
              layers: [
                {
                  index: 0,
                  digest: sha(3),
                  diffId: sha(4),
                  mediaType: 'application/vnd.docker.image.rootfs.diff.tar',
                  files: 62,
                  tar: 2048,
                  compressed: { bytes: 161, estimated: 'gzip -6 of the layer tar' },
                  entries: 1,
                  createdBy: 'COPY hello /hello # buildkit',
                },
              ],
              entries: [{ path: '/hello', size: 62, type: 'file', layer: 0 }],
            },
          ],
          skipped: [],
        },
      },
      {
        name: 'http',
        method: 'read from an OCI layout',
        sizes: {
          source: 'oci:/tmp/http',
          references: [],
          platforms: ['linux/amd64', 'linux/arm64'].map((platform, i) => ({
            platform,
            manifestDigest: sha(10 + i),
            configDigest: sha(20 + i),
            sizes: {
              files: { bytes: 6340 + i },
              tar: { bytes: 10240 },
              compressed: { bytes: 3301 + i },
              pull: { bytes: 4400 + i },
              layers: 2,
            },
            layers: [0, 1].map((index) => ({
              index,
              digest: sha(30 + index),
              diffId: sha(40 + index),
              mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
              files: index === 0 ? 5200 + i : 1140,
              tar: 5120,
              compressed: { bytes: 1650 + index },
              entries: 3,
            })),
            entries: [
              { path: '/bin/', size: 0, type: 'directory', layer: 0 },
              { path: '/bin/httpd', size: 5200 + i, type: 'file', layer: 0 },
              { path: '/bin/sh', size: 0, type: 'symlink', layer: 0, target: '/bin/httpd' },
              { path: '/index.html', size: 1140, type: 'file', layer: 1 },
              { path: '/old.html', size: 0, type: 'whiteout', layer: 1, target: '/old.html' },
              { path: '/www/', size: 0, type: 'opaque-whiteout', layer: 1, target: '/www/' },
            ],
          })),
          skipped: [{ digest: sha(99), reason: 'attestation manifest (vnd.docker.reference.type)' }],
        },
      },
    ],
    checks: [
      {
        kind: 'metric',
        metric: 'files',
        image: 'hello',
        platform: 'linux/amd64',
        limit: 62,
        actual: 62,
        status: 'ok',
        exceedance: 0,
        keyPath: ['images', 'hello', 'budget', 'files'],
      },
      {
        kind: 'metric',
        metric: 'compressed',
        image: 'http',
        platform: 'linux/arm64',
        limit: 3000,
        actual: 3302,
        estimated: 'gzip -6 of the layer tar',
        status: 'over-budget',
        exceedance: 302,
        keyPath: ['images', 'http', 'budget', 'compressed'],
        message: 'compressed is 3302 B, 302 B over the budget of 3000 B',
      },
      {
        kind: 'path',
        pattern: '/index.html',
        matched: 1,
        image: 'http',
        platform: 'linux/amd64',
        limit: 1000,
        actual: 1140,
        status: 'over-budget',
        exceedance: 140,
        keyPath: ['images', 'http', 'budget', 'paths', '/index.html'],
      },
      {
        kind: 'platform',
        image: 'http',
        platform: 'linux/riscv64',
        limit: 0,
        actual: 0,
        status: 'no-match',
        exceedance: 0,
        keyPath: ['images', 'http', 'platforms', 2],
        message: 'the image has no linux/riscv64 platform',
      },
    ],
  };
}
