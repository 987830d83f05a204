import { makeBadge } from 'badge-maker';
import { describe, expect, it } from 'vitest';
import {
  type BadgeOptions,
  badgeFigure,
  badgeStyle,
  renderBadgeSvg,
  shieldsEndpoint,
} from '../../../src/badge/index.js';
import type { ImageConfigEntry } from '../../../src/budget/types.js';
import { TinySizeError } from '../../../src/errors.js';
import type { CheckReport } from '../../../src/report/json.js';
import { configEntry, imageSizes, type PlatformSpec } from '../gate/build-sizes.js';
import { headReport } from './reports.js';

// Every expected figure below is worked out by hand from these inputs (tar: 512 B per header, data
// padded to 512 B, 1024 B of end blocks; pull: compressed + 400 B config + 500 B manifest).
const estimate = 'gzip -6 of the uncompressed layer tars';
const http: PlatformSpec = { layers: [{ id: 'http', files: [['/index.html', 991]], compressed: 700 }] };
// files 6340 B; tar (512 + 4608 + 1024) + (512 + 2048 + 1024) = 9728 B; compressed 1234 B, estimated.
const web: PlatformSpec = {
  layers: [
    { id: 'web-1', files: [['/httpd', 4600]], compressed: 1000, estimated: estimate },
    { id: 'web-2', files: [['/index.html', 1740]], compressed: 234, estimated: estimate },
  ],
};

function report(...entries: [ImageConfigEntry, ...PlatformSpec[]][]): CheckReport {
  return headReport(entries.map(([image, ...platforms]) => ({ image, sizes: imageSizes(...platforms) })));
}

const unbudgeted = report([configEntry('http'), http], [configEntry('web'), web]);

function thrown(run: () => unknown): TinySizeError {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(TinySizeError);
  return error as TinySizeError;
}

describe('badgeFigure: the figure and its message', () => {
  it.each<[string, BadgeOptions, { message: string; bytes: number; estimated?: string }]>([
    ['files under 1 kB in bytes', { image: 'http', metric: 'files' }, { message: '991 B', bytes: 991 }],
    ['tar', { image: 'http', metric: 'tar' }, { message: '2.56 kB', bytes: 2560 }],
    ['compressed, read', { image: 'http', metric: 'compressed' }, { message: '700 B', bytes: 700 }],
    ['pull, read', { image: 'http', metric: 'pull' }, { message: '1.6 kB', bytes: 1600 }],
    ['files, three digits', { image: 'web', metric: 'files' }, { message: '6.34 kB', bytes: 6340 }],
    ['tar of two layers', { image: 'web', metric: 'tar' }, { message: '9.73 kB', bytes: 9728 }],
    [
      'compressed, estimated',
      { image: 'web', metric: 'compressed' },
      { message: '~1.23 kB', bytes: 1234, estimated: estimate },
    ],
    [
      'pull, estimated through compressed',
      { image: 'web', metric: 'pull' },
      { message: '~2.13 kB', bytes: 2134, estimated: estimate },
    ],
    ['layers: the count', { image: 'http', metric: 'layers' }, { message: '1', bytes: 1 }],
    ['layers of two', { image: 'web', metric: 'layers' }, { message: '2', bytes: 2 }],
  ])('%s', (_name, options, expected) => {
    const figure = badgeFigure(unbudgeted, options);
    expect({ message: figure.message, bytes: figure.bytes, estimated: figure.estimated }).toEqual(expected);
    expect(figure.label).toBe(`${options.image} ${options.metric}`);
    expect(figure.platform).toBe('linux/amd64');
  });

  it('takes a label', () => {
    const figure = badgeFigure(unbudgeted, { image: 'web', metric: 'files', label: 'image size' });
    expect([figure.label, figure.message]).toEqual(['image size', '6.34 kB']);
  });
});

describe('badgeFigure: the color is the budget status', () => {
  it.each<[string, Partial<ImageConfigEntry['budget']>, string, string]>([
    ['no budget', {}, 'files', 'blue'],
    ['a budget for another metric only', { compressed: 100 }, 'files', 'blue'],
    ['under the budget', { files: 1000 }, 'files', 'brightgreen'],
    ['exactly at the budget', { files: 991 }, 'files', 'brightgreen'],
    ['one byte over', { files: 990 }, 'files', 'red'],
    ['over on another metric, this one holds', { files: 1000, compressed: 100 }, 'files', 'brightgreen'],
    ['over on this metric', { files: 1000, compressed: 100 }, 'compressed', 'red'],
    ['layers within', { layers: 1 }, 'layers', 'brightgreen'],
    ['layers over', { layers: 0 }, 'layers', 'red'],
    ['a path budget is not the metric', { paths: { '/index.html': 10 } }, 'files', 'blue'],
  ])('%s', (_name, budget, metric, color) => {
    const checked = report([configEntry('http', { budget }), http]);
    expect(badgeFigure(checked, { image: 'http', metric }).color).toBe(color);
  });

  it('reads the budget of the platform shown', () => {
    const arm64 = { ...http, platform: 'linux/arm64/v8' };
    const budget = { files: 1000, paths: {}, platforms: { 'linux/arm64': { files: 900, paths: {} } } };
    const checked = report([configEntry('http', { budget }), http, arm64]);
    const colors = ['linux/amd64', 'linux/arm64'].map(
      (platform) => badgeFigure(checked, { image: 'http', platform, metric: 'files' }).color,
    );
    expect(colors).toEqual(['brightgreen', 'red']);
  });
});

describe('badgeFigure: platforms', () => {
  const multi = report([
    configEntry('app'),
    { ...http, platform: 'linux/amd64' },
    { ...web, platform: 'linux/arm64/v8' },
    { ...http, platform: 'linux/arm/v6' },
    { ...web, platform: 'linux/arm/v7' },
  ]);

  it.each<[string, string, string, number]>([
    ['exactly as measured', 'linux/arm/v7', 'linux/arm/v7', 6340],
    ['without the variant', 'linux/arm64', 'linux/arm64/v8', 6340],
    ['one of several', 'linux/amd64', 'linux/amd64', 991],
  ])('%s', (_name, platform, measured, bytes) => {
    const figure = badgeFigure(multi, { image: 'app', platform, metric: 'files' });
    expect([figure.platform, figure.bytes]).toEqual([measured, bytes]);
  });

  it('prefers the platform named exactly to its variants', () => {
    const arm = report([
      configEntry('app'),
      { ...web, platform: 'linux/arm/v7' },
      { ...http, platform: 'linux/arm' },
    ]);
    const figure = badgeFigure(arm, { image: 'app', platform: 'linux/arm', metric: 'files' });
    expect([figure.platform, figure.bytes]).toEqual(['linux/arm', 991]);
  });

  it.each<[string, string | undefined, RegExp, string[]]>([
    [
      'several and none named',
      undefined,
      /has 4 platforms/,
      ['linux/amd64', 'linux/arm64/v8', 'linux/arm/v6', 'linux/arm/v7'],
    ],
    ['one that is not there', 'linux/s390x', /no platform `linux\/s390x`/, ['linux/amd64', 'linux/arm/v7']],
    ['one that matches two', 'linux/arm', /matches 2 platforms/, ['linux/arm/v6', 'linux/arm/v7']],
  ])('refuses %s, listing the platforms', (_name, platform, message, listed) => {
    const error = thrown(() =>
      badgeFigure(multi, { image: 'app', metric: 'files', ...(platform ? { platform } : {}) }),
    );
    expect(error.message).toMatch(message);
    for (const name of listed) expect(error.fix).toContain(`\`${name}\``);
    expect(error.place).toEqual({ file: 'tiny-size.yml', within: 'images.app' });
  });
});

describe('badgeFigure: what it refuses', () => {
  it('an unknown image, listing the images', () => {
    const error = thrown(() => badgeFigure(unbudgeted, { image: 'htp', metric: 'files' }));
    expect(error.message).toContain('`htp`');
    expect(error.fix).toBe('use one of `http`, `web`');
    expect(error.place).toEqual({ file: 'tiny-size.yml', within: 'images' });
  });

  it.each(['size', 'Files', 'bytes', ''])('the metric %j, listing the metrics', (metric) => {
    const error = thrown(() => badgeFigure(unbudgeted, { image: 'http', metric }));
    expect(error.message).toContain(`\`${metric}\``);
    expect(error.fix).toBe('use one of `files`, `tar`, `compressed`, `pull`, `layers`');
  });

  it('an unknown style, listing the styles', () => {
    const error = thrown(() => badgeStyle('rounded'));
    expect(error.fix).toContain('`flat-square`');
    expect(badgeStyle('for-the-badge')).toBe('for-the-badge');
  });
});

/** XML text as written in the SVG, decoded. */
const decode = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

describe('renderBadgeSvg', () => {
  it('draws the label and the message', () => {
    const svg = renderBadgeSvg(badgeFigure(unbudgeted, { image: 'web', metric: 'compressed' }));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('>web compressed</text>');
    expect(svg).toContain('>~1.23 kB</text>');
  });

  it('escapes markup in the label and the message', () => {
    const label = '<script>alert("x")</script> & co';
    const figure = {
      ...badgeFigure(unbudgeted, { image: 'http', metric: 'files', label }),
      message: '<b>1</b>',
    };
    const svg = renderBadgeSvg(figure);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    const title = /<title>([^<]*)<\/title>/.exec(svg)?.[1];
    expect(decode(title ?? '')).toBe(`${label}: <b>1</b>`);
  });

  it('is flat unless asked otherwise', () => {
    const figure = badgeFigure(unbudgeted, { image: 'http', metric: 'files' });
    const drawn = (style: 'flat' | 'flat-square') =>
      makeBadge({ label: figure.label, message: figure.message, color: figure.color, style });
    expect(drawn('flat')).not.toBe(drawn('flat-square'));
    expect(renderBadgeSvg(figure)).toBe(drawn('flat'));
    expect(renderBadgeSvg(figure, 'flat-square')).toBe(drawn('flat-square'));
  });
});

describe('renderBadgeSvg: for-the-badge', () => {
  it('never prints KB, the unit the tool refuses: that style writes exact bytes', () => {
    const figure = badgeFigure(unbudgeted, { image: 'web', metric: 'files' });
    expect(figure.message).toBe('6.34 kB');
    const svg = renderBadgeSvg(figure, 'for-the-badge');
    expect(svg.toUpperCase()).not.toContain('KB');
    expect(svg).toContain('6,340 B'.toUpperCase());
    const estimated = badgeFigure(unbudgeted, { image: 'web', metric: 'compressed' });
    expect(renderBadgeSvg(estimated, 'for-the-badge')).toContain('~1,234 B');
    // Other styles keep the human form.
    expect(renderBadgeSvg(figure, 'flat')).toContain('6.34 kB');
  });
});

describe('shieldsEndpoint', () => {
  it.each<[string, Partial<ImageConfigEntry['budget']>, object]>([
    ['no budget', {}, { schemaVersion: 1, label: 'web files', message: '6.34 kB', color: 'blue' }],
    [
      'over budget, estimated',
      { compressed: 1000 },
      { schemaVersion: 1, label: 'web compressed', message: '~1.23 kB', color: 'red' },
    ],
  ])('%s', (_name, budget, expected) => {
    const checked = report([configEntry('web', { budget }), web]);
    const metric = 'compressed' in budget ? 'compressed' : 'files';
    const endpoint = shieldsEndpoint(badgeFigure(checked, { image: 'web', metric }));
    // Exactly the endpoint schema's required keys, nothing undefined left to serialise.
    expect(JSON.parse(JSON.stringify(endpoint))).toEqual(expected);
  });
});
