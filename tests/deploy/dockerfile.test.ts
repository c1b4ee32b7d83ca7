import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';

/*
 * The Dockerfile cannot be built here (no container engine). These tests read it into stages and instructions
 * and check what the image promises: a build that compiles, a runtime without compilers that runs as a non-root
 * user, and a context that holds what the COPY lines name.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name: string | undefined;
  base: string;
  instructions: Instruction[];
}

/** Joins continued lines, drops comments and the parser directive, and splits the file into stages. */
function parseDockerfile(text: string): { args: Map<string, string>; stages: Stage[] } {
  const logical: string[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    const continued = /\\\s*$/.test(line);
    pending += continued ? `${line.replace(/\\\s*$/, '')} ` : line;
    if (!continued) {
      if (pending.trim() !== '') logical.push(pending.trim());
      pending = '';
    }
  }
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = keyword.toUpperCase();
    if (upper === 'FROM') {
      const [, image = '', name] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(rest) ?? [];
      const base = image.replace(
        /\$\{(\w+)\}|\$(\w+)/g,
        (_m, a?: string, b?: string) => args.get(a ?? b ?? '') ?? '',
      );
      stages.push({ name, base, instructions: [] });
    } else if (upper === 'ARG' && stages.length === 0) {
      const [name = '', value = ''] = rest.split('=');
      args.set(name.trim(), value.trim());
    } else {
      stages.at(-1)?.instructions.push({ keyword: upper, args: rest });
    }
  }
  return { args, stages };
}

function instructions(stage: Stage | undefined, keyword: string): string[] {
  return (stage?.instructions ?? []).filter((entry) => entry.keyword === keyword).map((entry) => entry.args);
}

/** `KEY=value KEY2=value2` of ENV, also the older `ENV KEY value` form. */
function environment(stage: Stage | undefined): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of instructions(stage, 'ENV')) {
    if (!line.includes('=')) {
      const [name = '', ...value] = line.split(/\s+/);
      values.set(name, value.join(' '));
      continue;
    }
    for (const [, name = '', value = ''] of line.matchAll(/(\w+)=("[^"]*"|\S+)/g)) {
      values.set(name, value.replace(/^"|"$/g, ''));
    }
  }
  return values;
}

interface Copy {
  from: string | undefined;
  sources: string[];
  destination: string;
}

function copies(stage: Stage | undefined): Copy[] {
  return instructions(stage, 'COPY').map((line) => {
    const words = line.split(/\s+/);
    const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
    const paths = words.filter((word) => !word.startsWith('--'));
    return { from, sources: paths.slice(0, -1), destination: paths.at(-1) ?? '' };
  });
}

/** The exec form of CMD/HEALTHCHECK CMD as an array, or null for the shell form. */
function execForm(text: string): string[] | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[')) return null;
  return JSON.parse(trimmed) as string[];
}

/** Docker's .dockerignore rules: the last matching pattern wins, `!` re-includes, a pattern also matches parents. */
function excludedByDockerignore(patterns: string[], path: string): boolean {
  const toRegExp = (pattern: string): RegExp =>
    new RegExp(
      `^${pattern
        .split('**')
        .map((part) =>
          part
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]'),
        )
        .join('.*')}$`,
    );
  const segments = path.split('/');
  const candidates = segments.map((_, index) => segments.slice(0, index + 1).join('/'));
  let excluded = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = (negated ? raw.slice(1) : raw).replace(/^\/+|\/+$/g, '');
    if (candidates.some((candidate) => toRegExp(pattern).test(candidate))) excluded = !negated;
  }
  return excluded;
}

async function load(): Promise<{ args: Map<string, string>; stages: Stage[] }> {
  return parseDockerfile(await readFile(join(root, 'Dockerfile'), 'utf8'));
}

void t.test('the image is built in stages on a pinned release of Node 24, the current LTS', async (t) => {
  const { stages } = await load();

  t.ok(stages.length >= 2, 'more than one stage');
  for (const stage of stages) {
    t.match(
      stage.base,
      /^node:24\.\d+\.\d+-[a-z]+-slim$/,
      `${stage.name ?? 'a stage'} starts from a Node 24 release, not a floating tag`,
    );
  }
  t.equal(new Set(stages.map((stage) => stage.base)).size, 1, 'every stage has the same base');
  t.equal(new Set(stages.map((stage) => stage.name)).size, stages.length, 'every stage has its own name');
});

void t.test('the runtime stage runs as a non-root user', async (t) => {
  const { stages } = await load();
  const runtime = stages.at(-1);

  const users = instructions(runtime, 'USER');
  t.ok(users.length > 0, 'a USER is set');
  t.notMatch(users.at(-1) ?? '', /^(root|0)(:|$)/, 'the last USER is not root');
});

void t.test('the runtime starts the compiled server the way npm start does', async (t) => {
  const { stages } = await load();
  const runtime = stages.at(-1);
  const packageJson = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const tsconfig = JSON.parse(await readFile(join(root, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: { outDir: string; rootDir: string };
  };

  const command = execForm(instructions(runtime, 'CMD').at(-1) ?? '');
  t.strictSame(
    command,
    ['node', '--max-semi-space-size=32', 'dist/src/main.js'],
    'exec form, so node is PID 1 and receives signals',
  );
  t.equal(command?.join(' '), packageJson.scripts.start, 'the same command as npm start');
  t.equal(`${tsconfig.compilerOptions.outDir}/src/main.js`, command?.at(-1), 'the file the build writes');
  t.equal(tsconfig.compilerOptions.rootDir, '.');
  await t.resolves(access(join(root, 'src', 'main.ts')), 'from src/main.ts');
});

void t.test(
  'the build stage compiles with every dependency, the runtime gets production dependencies only',
  async (t) => {
    const { stages } = await load();
    const runtime = stages.at(-1);
    const byName = new Map(stages.map((stage) => [stage.name, stage]));
    const runtimeCopies = copies(runtime);

    const dist = runtimeCopies.find((copy) => copy.sources.some((source) => /(^|\/)dist\/?$/.test(source)));
    const builder = byName.get(dist?.from);
    t.ok(builder, 'dist/ comes from another stage');
    t.ok(
      instructions(builder, 'RUN').some((run) => /\bnpm ci\b(?!.*--omit=dev)/.test(run)),
      'that stage installs all dependencies',
    );
    t.ok(
      instructions(builder, 'RUN').some((run) => /\bnpm run build\b/.test(run)),
      'that stage runs the build',
    );

    const modules = runtimeCopies.find((copy) =>
      copy.sources.some((source) => /node_modules\/?$/.test(source)),
    );
    const installer = modules?.from === undefined ? runtime : byName.get(modules.from);
    t.ok(
      instructions(installer, 'RUN').some((run) => /\bnpm ci\b.*--omit=dev/.test(run)),
      'node_modules of the runtime come from npm ci --omit=dev',
    );
    t.notOk(
      instructions(runtime, 'RUN').some((run) => /\bnpm (ci|install)\b(?!.*--omit=dev)/.test(run)),
      'the runtime installs no development dependencies',
    );
  },
);

void t.test('compilers for better-sqlite3 are where npm ci runs, and not in the runtime', async (t) => {
  const { stages } = await load();
  const runtime = stages.at(-1);

  for (const stage of stages.filter((stage) =>
    instructions(stage, 'RUN').some((run) => /\bnpm ci\b/.test(run)),
  )) {
    const installs = instructions(stage, 'RUN').join(' ');
    for (const tool of ['python3', 'make', 'g++']) {
      t.match(installs, new RegExp(`install[^&]*\\b${tool.replace('+', '\\+')}`), `${stage.name}: ${tool}`);
    }
  }
  t.notMatch(instructions(runtime, 'RUN').join(' '), /apt-get install/, 'the runtime installs no packages');
});

void t.test(
  'the runtime listens on every interface, keeps data in DATA_DIR, and checks its own health',
  async (t) => {
    const { stages } = await load();
    const runtime = stages.at(-1);
    const values = environment(runtime);

    t.equal(values.get('HOST'), '0.0.0.0');
    t.equal(values.get('DATA_DIR'), '/var/lib/samhandlingsplan');
    t.ok(
      instructions(runtime, 'EXPOSE').some((line) =>
        line.split(/\s+/).includes(values.get('PORT') ?? '3000'),
      ),
    );
    t.ok(
      instructions(runtime, 'VOLUME').some((line) => line.includes(values.get('DATA_DIR') ?? '')),
      'DATA_DIR is a volume',
    );
    const healthcheck = instructions(runtime, 'HEALTHCHECK').at(-1) ?? '';
    const probe = execForm(healthcheck.slice(healthcheck.indexOf('CMD') + 'CMD'.length));
    t.equal(probe?.[0], 'node', 'the health probe runs on node, since slim images have no curl');
    t.match(probe?.join(' '), /\/health\/live/);
  },
);

void t.test('every COPY from the build context exists and is not left out by .dockerignore', async (t) => {
  const { stages } = await load();
  const ignore = (await readFile(join(root, '.dockerignore'), 'utf8'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

  const sources = stages.flatMap((stage) =>
    copies(stage)
      .filter((copy) => copy.from === undefined)
      .flatMap((copy) => copy.sources),
  );
  t.ok(sources.length > 0);
  for (const source of sources) {
    const path = source.replace(/^\.\//, '').replace(/\/$/, '');
    await t.resolves(access(join(root, path)), `${path} exists`);
    t.notOk(excludedByDockerignore(ignore, path), `${path} is in the build context`);
  }
  t.ok(sources.includes('data') || sources.includes('data/'), 'the seed plans are copied');
  for (const kept of ['node_modules', 'dist', 'var', '.git']) {
    t.ok(excludedByDockerignore(ignore, kept), `${kept} stays out of the build context`);
  }
});
