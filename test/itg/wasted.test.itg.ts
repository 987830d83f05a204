/**
 * rootfs and wasted on a real image (loaded into the engine and saved back by it) with a file
 * overwritten, a file deleted by a whiteout and a directory hidden by an opaque whiteout, against an
 * independent plain script: python3's tarfile applying the saved archive's tar headers in order.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureImage, rootfsSizes } from '../../src/measure/index.js';
import { openImage, parseSourceRef } from '../../src/source/index.js';
import { docker, dockerEngine, requireTool, tempDir } from './real.js';

const tag = `wasted-itg:${process.pid}`;
let dir: string;

// Builds a docker-archive by hand: three layers, written with python's tarfile.
const makeImage = `
import hashlib, io, json, sys, tarfile
out = sys.argv[1]
def layer(entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=tarfile.PAX_FORMAT) as tar:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            if data is None:
                info.type = tarfile.DIRTYPE; info.mode = 0o755
                tar.addfile(info)
            else:
                info.size = len(data); info.mode = 0o644
                tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()
layers = [
    layer([('app', b'A' * 1000), ('old.txt', b'O' * 300), ('cache', None), ('cache/a', b'c' * 200), ('cache/b', b'd' * 50)]),
    layer([('app', b'B' * 1200), ('.wh.old.txt', b''), ('cache', None), ('cache/.wh..wh..opq', b''), ('cache/new', b'n' * 7)]),
    layer([('app', b'C' * 1100), ('keep.txt', b'k' * 33)]),
]
ids = ['sha256:' + hashlib.sha256(l).hexdigest() for l in layers]
config = json.dumps({'architecture': 'amd64', 'os': 'linux', 'config': {},
    'rootfs': {'type': 'layers', 'diff_ids': ids},
    'history': [{'created_by': 'layer %d' % i} for i in range(3)]}).encode()
cid = hashlib.sha256(config).hexdigest()
with tarfile.open(out, 'w') as tar:
    def add(name, data):
        info = tarfile.TarInfo(name); info.size = len(data); tar.addfile(info, io.BytesIO(data))
    add(cid + '.json', config)
    names = []
    for i, l in enumerate(layers):
        names.append('l%d/layer.tar' % i); add(names[-1], l)
    add('manifest.json', json.dumps([{'Config': cid + '.json', 'RepoTags': [sys.argv[2]], 'Layers': names}]).encode())
`;

// The independent truth: apply each layer's tar headers in order, as a container runtime would.
const applyLayers = `
import json, posixpath, sys, tarfile
arch = tarfile.open(sys.argv[1])
manifest = json.load(arch.extractfile('manifest.json'))
fs = {}
files = 0
def norm(name): return posixpath.normpath('/' + name)
for name in manifest[0]['Layers']:
    members = tarfile.open(fileobj=arch.extractfile(name)).getmembers()
    for m in members:
        path = norm(m.name); base = posixpath.basename(path); parent = posixpath.dirname(path)
        if base == '.wh..wh..opq':
            for p in [p for p in fs if p.startswith(parent.rstrip('/') + '/')]: del fs[p]
        elif base.startswith('.wh.'):
            gone = posixpath.join(parent, base[4:])
            for p in [p for p in fs if p == gone or p.startswith(gone + '/')]: del fs[p]
    for m in members:
        path = norm(m.name)
        if posixpath.basename(path).startswith('.wh.'): continue
        if m.isreg():
            fs[path] = m.size; files += m.size
        elif not m.isdir():
            fs.pop(path, None)
print(json.dumps({'files': files, 'rootfs': sum(fs.values()), 'visible': sorted(fs)}))
`;

beforeAll(() => {
  dockerEngine();
  requireTool('python3', 'apt-get install python3');
  dir = tempDir('tsg-wasted-');
  execFileSync('python3', ['-c', makeImage, join(dir, 'made.tar'), tag]);
  docker(['load', '--input', join(dir, 'made.tar')]);
  docker(['save', '--output', join(dir, 'saved.tar'), tag]);
});

afterAll(() => {
  docker(['rmi', '--force', tag]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('rootfs and wasted', () => {
  it('equal what a plain script computes from the tar headers applied in order', async () => {
    const archive = join(dir, 'saved.tar');
    const truth = JSON.parse(execFileSync('python3', ['-c', applyLayers, archive], { encoding: 'utf8' }));
    // The case is what it claims: an overwrite, a deletion and an opaque whiteout all waste bytes.
    expect(truth.visible).toEqual(['/app', '/cache/new', '/keep.txt']);
    expect(truth).toMatchObject({ files: 1000 + 300 + 250 + 1200 + 7 + 1100 + 33, rootfs: 1100 + 7 + 33 });

    const measured = await measureImage(await openImage(parseSourceRef(`docker-archive:${archive}`)));
    const platform = measured.platforms[0];
    if (!platform) throw new Error('no platform');
    const sizes = rootfsSizes(platform.entries);
    expect(platform.sizes.files.bytes).toBe(truth.files);
    expect(sizes.rootfs).toBe(truth.rootfs);
    expect(sizes.wasted).toBe(truth.files - truth.rootfs);
    expect(sizes.wastedFiles).toEqual([
      { path: '/app', layers: [0, 1, 2], bytes: 2200 },
      { path: '/old.txt', layers: [0], bytes: 300 },
      { path: '/cache/a', layers: [0], bytes: 200 },
      { path: '/cache/b', layers: [0], bytes: 50 },
    ]);
  });
});
