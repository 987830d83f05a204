/**
 * Reading the build context safely: every path a COPY names is resolved inside the context, symlink
 * by symlink; `..` that climbs out, an absolute symlink and a symlink that points out are refused.
 * Symlinks inside a copied directory are copied as symlinks (their targets are not read), as Docker
 * does. `.dockerignore` applies to the context, not to a stage's directory.
 */
import type { Stats } from 'node:fs';
import { lstat, readdir, readlink, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { TinySizeError } from '../../errors.js';
import { NativeRefusal } from './dockerfile.js';
import { type DockerIgnore, hasWildcard, segmentMatcher } from './patterns.js';

/** Where a problem is, for messages: the Dockerfile and the line of the COPY. */
export interface Where {
  file: string;
  line: number;
}

/** One thing found in the context, relative to what was named (`''` is the named path itself). */
export interface FoundEntry {
  path: string;
  type: 'file' | 'directory' | 'symlink';
  /** Permission bits as on disk. */
  mode: number;
  size: number;
  /** The real path of a file, to read its bytes. */
  real?: string;
  linkname?: string;
}

const maxHops = 40;

export class ContextTree {
  private constructor(
    /** The real path of the root. */
    readonly root: string,
    /** What the user calls it, for messages: `the build context examples/http`. */
    readonly label: string,
    private readonly ignore?: DockerIgnore,
  ) {}

  static async open(root: string, label: string, ignore?: DockerIgnore): Promise<ContextTree> {
    let real: string;
    try {
      real = await realpath(root);
    } catch (error) {
      throw new TinySizeError(`${label} ${root} does not exist`, {
        file: root,
        cause: error,
        fix: 'check the path',
      });
    }
    return new ContextTree(real, label, ignore);
  }

  /** A path relative to the root, with `/`, from a source as written (a leading `/` is the root). */
  private clean(path: string, where: Where): string {
    const segments: string[] = [];
    for (const segment of path.split(/[/\\]+/)) {
      if (segment === '' || segment === '.') continue;
      if (segment === '..') {
        if (segments.length === 0)
          throw escapeRefused(`\`${path}\` climbs out of ${this.label} with \`..\``, where);
        segments.pop();
      } else segments.push(segment);
    }
    return segments.join('/');
  }

  private isIgnored(rel: string): boolean {
    return rel !== '' && this.ignore !== undefined && this.ignore.ignores(rel);
  }

  /**
   * Follows `rel` inside the root: each symlink on the way must be relative and stay inside.
   * Returns the real path, its path relative to the root, and its lstat (never a symlink).
   */
  async resolve(path: string, where: Where): Promise<{ real: string; rel: string; stat: Stats }> {
    let pending = this.clean(path, where).split('/').filter(Boolean);
    let done: string[] = [];
    let hops = 0;
    while (pending.length > 0) {
      const name = pending.shift() as string;
      const here = join(this.root, ...done, name);
      const stat = await lstatOrMissing(here);
      if (!stat)
        throw new TinySizeError(`\`${path}\` is not in ${this.label}`, {
          ...where,
          fix: `check the path; it is looked up in ${this.root}`,
        });
      if (!stat.isSymbolicLink()) {
        done.push(name);
        continue;
      }
      if (++hops > maxHops) throw escapeRefused(`\`${path}\`: too many symlinks`, where);
      const target = await readlink(here);
      if (isAbsolute(target) || /^[A-Za-z]:/.test(target))
        throw escapeRefused(
          `\`${path}\` goes through the absolute symlink ${[...done, name].join('/')} -> ${target}`,
          where,
        );
      const landed = resolve(this.root, ...done, target);
      const inside = relative(this.root, landed);
      if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
        throw escapeRefused(
          `\`${path}\` goes through the symlink ${[...done, name].join('/')} -> ${target}, which points out of ${this.label}`,
          where,
        );
      done = [];
      pending = [...inside.split(sep).filter(Boolean), ...pending];
    }
    const rel = done.join('/');
    const real = join(this.root, ...done);
    if (this.isIgnored(rel) || this.isIgnored(this.clean(path, where)))
      throw new TinySizeError(`\`${path}\` is excluded by .dockerignore`, {
        ...where,
        fix: 'remove it from .dockerignore, or add a `!` exception for it',
      });
    return { real, rel, stat: await lstat(real) };
  }

  /** The paths a COPY source names: itself, or what its wildcards match (sorted), relative to the root. */
  async expand(source: string, where: Where): Promise<string[]> {
    const cleaned = this.clean(source, where);
    const segments = cleaned.split('/').filter(Boolean);
    if (!segments.some(hasWildcard)) return [cleaned];
    let candidates = [''];
    for (const segment of segments) {
      const next: string[] = [];
      for (const parent of candidates) {
        if (!hasWildcard(segment)) {
          next.push(parent ? `${parent}/${segment}` : segment);
          continue;
        }
        const dir = await this.resolve(parent, where).catch(() => undefined);
        if (!dir?.stat.isDirectory()) continue;
        const matches = segmentMatcher(segment);
        for (const name of (await readdir(dir.real)).sort()) {
          const rel = dir.rel ? `${dir.rel}/${name}` : name;
          if (matches(name) && !this.isIgnored(rel)) next.push(rel);
        }
      }
      candidates = next;
    }
    const found: string[] = [];
    for (const candidate of candidates)
      if (await this.resolve(candidate, where).catch(() => undefined)) found.push(candidate);
    if (found.length === 0)
      throw new TinySizeError(`\`${source}\` matches nothing in ${this.label}`, {
        ...where,
        fix: 'check the pattern and .dockerignore',
      });
    return found;
  }

  /** What a named path holds: a file (one entry), or a directory and everything under it, sorted. */
  async collect(source: string, where: Where): Promise<FoundEntry[]> {
    const { real, rel, stat } = await this.resolve(source, where);
    if (stat.isFile()) return [{ path: '', type: 'file', mode: stat.mode & 0o7777, size: stat.size, real }];
    if (!stat.isDirectory()) throw special(source, where);
    const entries: FoundEntry[] = [{ path: '', type: 'directory', mode: stat.mode & 0o7777, size: 0 }];
    await this.walk(real, rel, '', entries, where);
    return entries;
  }

  private async walk(
    dir: string,
    rel: string,
    prefix: string,
    out: FoundEntry[],
    where: Where,
  ): Promise<boolean> {
    let any = false;
    for (const name of (await readdir(dir)).sort()) {
      const real = join(dir, name);
      const childRel = rel ? `${rel}/${name}` : name;
      const path = prefix ? `${prefix}/${name}` : name;
      const stat = await lstat(real);
      const ignored = this.isIgnored(childRel);
      if (stat.isDirectory()) {
        // An ignored directory is walked only when a `!` line may bring something inside back.
        if (ignored && !this.ignore?.hasExceptions) continue;
        const at = out.length;
        const entry: FoundEntry = { path, type: 'directory', mode: stat.mode & 0o7777, size: 0 };
        out.push(entry);
        const kept = await this.walk(real, childRel, path, out, where);
        if (ignored && !kept) out.splice(at, 1);
        else any = true;
        continue;
      }
      if (ignored) continue;
      any = true;
      if (stat.isFile()) out.push({ path, type: 'file', mode: stat.mode & 0o7777, size: stat.size, real });
      else if (stat.isSymbolicLink())
        out.push({ path, type: 'symlink', mode: 0o777, size: 0, linkname: await readlink(real) });
      else throw special(childRel, where);
    }
    return any;
  }
}

async function lstatOrMissing(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === 'ENOENT' ||
      (error as NodeJS.ErrnoException).code === 'ENOTDIR'
    )
      return undefined;
    throw error;
  }
}

function escapeRefused(message: string, where: Where): TinySizeError {
  return new TinySizeError(`${message}: the native builder reads nothing outside the context`, {
    ...where,
    fix: 'copy the file into the build context (a relative symlink that stays inside is fine)',
  });
}

function special(path: string, where: Where): NativeRefusal {
  return new NativeRefusal(
    `\`${path}\` is not a regular file, directory or symlink (a device, socket or pipe)`,
    where,
  );
}
