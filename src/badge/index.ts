/**
 * Release badges from a JSON report: one figure of one image and platform, as an SVG drawn by
 * shields' own badge-maker, or as the JSON a shields.io endpoint badge reads
 * (https://shields.io/badges/endpoint-badge), so a README can show the size a release measured.
 */
import { makeBadge } from 'badge-maker';
import { metricFigure } from '../compare/index.js';
import { TinySizeError } from '../errors.js';
import { isFailure, platformIs } from '../gate/index.js';
import type { PlatformSizes } from '../measure/index.js';
import { type Metric, metrics } from '../metrics.js';
import type { CheckReport, ReportImage } from '../report/index.js';
import { formatBytes, formatExact } from '../units.js';

/** brightgreen: within its budget; red: over it; blue: the metric has no budget. */
export type BadgeColor = 'brightgreen' | 'red' | 'blue';

export const badgeStyles = ['flat', 'flat-square', 'plastic', 'for-the-badge', 'social'] as const;
export type BadgeStyle = (typeof badgeStyles)[number];

export interface BadgeOptions {
  image: string;
  /** Needed only when the image has several platforms: `linux/arm64` matches `linux/arm64/v8`. */
  platform?: string;
  /** A string, as a command line gives it: checked against the metrics. */
  metric: string;
  /** Replaces the default `<image> <metric>`. */
  label?: string;
}

export interface BadgeFigure {
  label: string;
  /** `6.34 kB`, `~6.34 kB` when estimated, `2` for layers. */
  message: string;
  color: BadgeColor;
  /** The exact figure: bytes, or the count for `layers`. */
  bytes: number;
  /** How the figure was estimated, when it was not read. */
  estimated?: string;
  image: string;
  platform: string;
  metric: Metric;
}

const listed = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(', ');

/** The figure a badge shows, with its color from the report's budget checks. */
export function badgeFigure(report: CheckReport, options: BadgeOptions): BadgeFigure {
  const metric = metricNamed(options.metric);
  const image = imageNamed(report, options.image);
  const platform = platformOf(report, image, options.platform);
  const figure = metricFigure(platform, metric);
  const human = metric === 'layers' ? String(figure.bytes) : formatBytes(figure.bytes);
  return {
    label: options.label ?? `${image.name} ${metric}`,
    message: figure.estimated ? `~${human}` : human,
    color: budgetColor(report, image.name, platform.platform, metric),
    bytes: figure.bytes,
    ...(figure.estimated ? { estimated: figure.estimated } : {}),
    image: image.name,
    platform: platform.platform,
    metric,
  };
}

function metricNamed(name: string): Metric {
  if ((metrics as readonly string[]).includes(name)) return name as Metric;
  throw new TinySizeError(`unknown metric \`${name}\``, { fix: `use one of ${listed(metrics)}` });
}

function imageNamed(report: CheckReport, name: string): ReportImage {
  const image = report.images.find((candidate) => candidate.name === name);
  if (image) return image;
  const names = report.images.map((candidate) => candidate.name);
  throw new TinySizeError(`no image \`${name}\` in the report`, {
    file: report.config,
    within: 'images',
    fix: names.length
      ? `use one of ${listed(names)}`
      : 'the report measured no image; run the check on a budget file with images',
  });
}

function platformOf(report: CheckReport, image: ReportImage, wanted: string | undefined): PlatformSizes {
  const measured = image.sizes.platforms;
  const names = measured.map((platform) => platform.platform);
  const place = { file: report.config, within: `images.${image.name}` };
  if (wanted === undefined) {
    const [only] = measured;
    if (only && measured.length === 1) return only;
    throw new TinySizeError(
      measured.length
        ? `image \`${image.name}\` has ${measured.length} platforms; a badge shows one`
        : `image \`${image.name}\` has no measured platform`,
      { ...place, fix: measured.length ? `name one of ${listed(names)}` : 'measure the image again' },
    );
  }
  const exact = measured.find((platform) => platform.platform === wanted);
  if (exact) return exact;
  const matching = measured.filter((platform) => platformIs(wanted, platform.platform));
  const [match] = matching;
  if (match && matching.length === 1) return match;
  throw new TinySizeError(
    matching.length
      ? `platform \`${wanted}\` matches ${matching.length} platforms of image \`${image.name}\``
      : `image \`${image.name}\` has no platform \`${wanted}\``,
    { ...place, fix: `name one of ${listed(matching.length ? matching.map((p) => p.platform) : names)}` },
  );
}

function budgetColor(report: CheckReport, image: string, platform: string, metric: Metric): BadgeColor {
  const budgets = report.checks.filter(
    (check) =>
      check.kind === 'metric' &&
      check.image === image &&
      check.platform === platform &&
      check.metric === metric,
  );
  if (budgets.length === 0) return 'blue';
  return budgets.some(isFailure) ? 'red' : 'brightgreen';
}

/** A style from a command line, checked. */
export function badgeStyle(name: string): BadgeStyle {
  if ((badgeStyles as readonly string[]).includes(name)) return name as BadgeStyle;
  throw new TinySizeError(`unknown badge style \`${name}\``, { fix: `use one of ${listed(badgeStyles)}` });
}

/** The badge as SVG; badge-maker escapes the label and the message. */
export function renderBadgeSvg(figure: BadgeFigure, style: BadgeStyle = 'flat'): string {
  return makeBadge({
    label: figure.label,
    message: styledMessage(figure, style),
    color: figure.color,
    style,
  });
}

/**
 * `for-the-badge` writes its text in capitals, which would turn `6.34 kB` into `KB`, the unit this
 * tool refuses (it means 1000 or 1024 to different people): that style shows exact bytes instead.
 */
function styledMessage(figure: BadgeFigure, style: BadgeStyle): string {
  if (style !== 'for-the-badge' || figure.metric === 'layers') return figure.message;
  return `${figure.estimated ? '~' : ''}${formatExact(figure.bytes)}`;
}

export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: BadgeColor;
}

/** The JSON a shields.io endpoint badge reads: serve it and point `?url=` at it. */
export function shieldsEndpoint(figure: BadgeFigure): ShieldsEndpoint {
  return { schemaVersion: 1, label: figure.label, message: figure.message, color: figure.color };
}
