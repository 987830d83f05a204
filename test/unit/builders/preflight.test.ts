// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfiles and build args use ${VAR}
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeBuildFailure } from '../../../src/builders/docker.js';
import { type BuildSpec, locateStep, preflightBuild, readDockerfile } from '../../../src/builders/index.js';
import { formatError, TinySizeError } from '../../../src/errors.js';
import { tempDir } from '../source/temp.js';

const dockerfile = `# comment
ARG BUILDER_IMAGE=debian:bookworm-slim
FROM \${BUILDER_IMAGE} AS build
WORKDIR /src
RUN nasm -f bin \\
    -o hello hello.asm
ARG LEVEL=2
RUN ld -lnosuchlib -o app app.o

FROM scratch AS final-image
COPY --from=build /src/hello /hello
`;

describe('readDockerfile (dockerfile-ast)', () => {
  it('lists stages, ARGs and instructions with their lines', () => {
    const facts = readDockerfile(dockerfile);
    expect(facts.stages).toEqual([
      { name: 'build', index: 0, base: '${BUILDER_IMAGE}', line: 3 },
      { name: 'final-image', index: 1, base: 'scratch', line: 10 },
    ]);
    expect(facts.args).toEqual([
      { name: 'BUILDER_IMAGE', line: 2 },
      { name: 'LEVEL', line: 7 },
    ]);
    expect(facts.instructions.map((i) => [i.line, i.stage, i.text])).toEqual([
      [2, -1, 'ARG BUILDER_IMAGE=debian:bookworm-slim'],
      [3, 0, 'FROM ${BUILDER_IMAGE} AS build'],
      [4, 0, 'WORKDIR /src'],
      [5, 0, 'RUN nasm -f bin -o hello hello.asm'],
      [7, 0, 'ARG LEVEL=2'],
      [8, 0, 'RUN ld -lnosuchlib -o app app.o'],
      [10, 1, 'FROM scratch AS final-image'],
      [11, 1, 'COPY --from=build /src/hello /hello'],
    ]);
  });

  it('locates a failed step by the classic Step number, a BuildKit stage name, or a buildah stage number', () => {
    const facts = readDockerfile(dockerfile);
    expect(locateStep(facts, { number: 6 })?.line).toBe(8);
    expect(locateStep(facts, { stage: 'build', instruction: 'RUN ld -lnosuchlib -o app app.o' })?.line).toBe(
      8,
    );
    expect(locateStep(facts, { stage: 1, instruction: 'RUN nasm -f bin     -o hello hello.asm' })?.line).toBe(
      5,
    );
    expect(
      locateStep(facts, { stage: 'stage-1', instruction: 'COPY --from=build /src/hello /hello' })?.line,
    ).toBe(11);
    expect(locateStep(facts, { stage: 'build', instruction: 'RUN something else entirely' })).toBeUndefined();
  });
});

describe('describeBuildFailure', () => {
  it('the classic builder: the failing Step and what it printed, without the engine chatter', () => {
    const log = `Sending build context to Docker daemon  2.048kB
Step 1/8 : ARG BUILDER_IMAGE=debian:bookworm-slim
Step 2/8 : FROM tiny-size-gate/builder:bookworm AS build
 ---> ceb2de56fb4b
Step 6/8 : RUN ld -lnosuchlib -o app app.o
 ---> Running in 0571d605cbfe
\u001b[91mld: cannot find -lnosuchlib
\u001b[0mRemoving intermediate container 0571d605cbfe
DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            Install the buildx component to build images with BuildKit:
            https://docs.docker.com/go/buildx/

The command '/bin/sh -c ld -lnosuchlib -o app app.o' returned a non-zero code: 1`;
    const failure = describeBuildFailure(log);
    expect(failure.step).toEqual({ number: 6, instruction: 'RUN ld -lnosuchlib -o app app.o' });
    expect(failure.output).toBe(
      "ld: cannot find -lnosuchlib\nThe command '/bin/sh -c ld -lnosuchlib -o app app.o' returned a non-zero code: 1",
    );
  });

  it('BuildKit (plain progress): the step in its error block and the lines BuildKit kept', () => {
    const log = `#7 [build 4/5] RUN ld -lnosuchlib -o app app.o
#7 0.412 ld: cannot find -lnosuchlib: No such file or directory
#7 ERROR: process "/bin/sh -c ld -lnosuchlib -o app app.o" did not complete successfully: exit code: 1
------
 > [build 4/5] RUN ld -lnosuchlib -o app app.o:
#7 0.412 ld: cannot find -lnosuchlib: No such file or directory
------
ERROR: failed to solve: process "/bin/sh -c ld -lnosuchlib -o app app.o" did not complete successfully: exit code: 1`;
    const failure = describeBuildFailure(log);
    expect(failure.step).toEqual({ stage: 'build', instruction: 'RUN ld -lnosuchlib -o app app.o' });
    expect(failure.output).toBe(
      'ld: cannot find -lnosuchlib: No such file or directory\nERROR: failed to solve: process "/bin/sh -c ld -lnosuchlib -o app app.o" did not complete successfully: exit code: 1',
    );
    expect(locateStep(readDockerfile(dockerfile), failure.step ?? {})?.line).toBe(8);
  });
});

describe('preflightBuild', () => {
  const root = tempDir();
  const context = join(root, 'app');
  mkdirSync(context);
  writeFileSync(join(context, 'Dockerfile'), dockerfile);
  writeFileSync(join(context, 'Containerfile.tiny'), 'FROM scratch\n');
  const budgetFile = join(root, 'tiny-size.yml');
  const lines: Record<string, number> = {
    context: 3,
    dockerfile: 4,
    target: 5,
    'build-args.BULDER_IMAGE': 7,
    'build-args.X': 8,
  };
  const place = {
    file: budgetFile,
    image: 'app',
    positionOf: (path: (string | number)[]) => {
      const line = lines[path.slice(2).join('.')];
      return line ? { line, column: 5 } : undefined;
    },
    env: {},
  };
  const spec = (fields: Partial<BuildSpec>): BuildSpec => ({
    kind: 'build',
    context,
    dockerfile: join(context, 'Dockerfile'),
    buildArgs: {},
    builder: 'docker',
    ...fields,
  });
  const failure = async (fields: Partial<BuildSpec>, options = place) => {
    const error = await preflightBuild(spec(fields), options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TinySizeError);
    return error as TinySizeError;
  };

  it('passes a good build, with no warnings', async () => {
    expect(await preflightBuild(spec({ target: 'build', buildArgs: { LEVEL: '3' } }), place)).toEqual([]);
  });

  it('a context that does not exist: the line of `context:`, what was tried, the closest folder', async () => {
    const error = await failure({ context: join(root, 'ap') });
    expect(error.place).toMatchObject({ file: budgetFile, line: 3 });
    expect(error.message).toContain(
      `the build context ${relative(process.cwd(), join(root, 'ap'))} is not a directory`,
    );
    expect(error.message).toContain("relative to the budget file's folder");
    expect(error.fix).toContain(relative(process.cwd(), context));
  });

  it('a Dockerfile that does not exist: the path tried, relative to what, and a Dockerfile nearby', async () => {
    const error = await failure({ dockerfile: join(context, 'Containerfile') });
    expect(error.place).toMatchObject({ line: 4 });
    expect(error.message).toContain(
      `no Dockerfile at ${relative(process.cwd(), join(context, 'Containerfile'))}`,
    );
    expect(error.message).toContain('`dockerfile:` is relative to the budget file');
    expect(error.fix).toContain('dockerfile: app/Containerfile.tiny');
    const defaulted = await failure(
      { dockerfile: join(context, 'Containerfile') },
      {
        ...place,
        positionOf: (path) =>
          path.length === 3 && path[2] === 'context' ? { line: 3, column: 5 } : undefined,
      },
    );
    expect(defaulted.place.line).toBe(3);
    expect(defaulted.message).toContain('the default, <context>/Dockerfile');
  });

  it('a target that names no stage lists the stages, closest first', async () => {
    const error = await failure({ target: 'final' });
    expect(error.place).toMatchObject({ line: 5, within: 'images.app.target' });
    expect(error.message).toContain('`target: final` names no stage of');
    expect(error.fix).toContain('closest first): final-image, build');
  });

  it('an unset ${VAR} in a build arg names its line and the fix', async () => {
    const error = await failure({ buildArgs: { BULDER_IMAGE: '${NOPE_NOT_SET}' } });
    expect(error.place).toMatchObject({ file: budgetFile, line: 7 });
    expect(formatError(error)).toContain('${NOPE_NOT_SET:-value}');
  });

  it('a build arg no ARG declares is a warning naming the closest ARG and its line', async () => {
    const warnings = await preflightBuild(spec({ buildArgs: { BULDER_IMAGE: 'x', LEVEL: '1' } }), place);
    expect(warnings).toEqual([
      `${budgetFile}:7: build arg BULDER_IMAGE is not declared by any ARG in ${relative(process.cwd(), join(context, 'Dockerfile'))}, so the build ignores it; did you mean BUILDER_IMAGE (ARG at line 2)?`,
    ]);
  });
});
