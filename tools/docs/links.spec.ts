import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { repoRoot } from '../paths';

// The documentation lives in the repository (README.md, docs/): every relative link in a Markdown
// file must lead to a file of the repository (and to a heading that exists, when it names one), and
// no file may point at design notes kept outside it.

/** Folders that are built, installed or local state, not the repository's own files. */
const SKIPPED = new Set(['node_modules', '.git', '.data', '.nx', 'dist', 'coverage', 'test-artifacts', '.bin']);

/** References to files that are not in the repository (written so that this file does not match them). */
const OUTSIDE = [/\.\.\/shared\b/, /\b(?:DESIGN|STYLE)\.md\b/, /\bGLOSS[A]RY\b/];

function repositoryFiles(dir = repoRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return repositoryFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

function textOf(path: string): string | null {
  if (statSync(path).size > 5_000_000) return null;
  const bytes = readFileSync(path);
  return bytes.subarray(0, 8_000).includes(0) ? null : bytes.toString('utf8');
}

/** Markdown without its fenced code blocks (also indented ones, in list items). */
function withoutFences(markdown: string): string {
  return markdown.replace(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[^\n]*$/gm, '');
}

/** Markdown without code, where brackets are not links. */
function prose(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, '');
}

/** Link targets: `[text](target)`, `![alt](target)` and reference definitions `[label]: target`. */
function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]);
  const references = [...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((match) => match[1]);
  return [...inline, ...references];
}

/** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of withoutFences(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** What is wrong with one link of `file`, or null. */
function brokenLink(file: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto:...
  const [pathPart, anchor] = target.split('#', 2);
  let path: string;
  try {
    path = decodeURI(pathPart);
  } catch {
    return 'not a valid URL';
  }
  if (isAbsolute(path)) return 'an absolute path';
  const resolved = path === '' ? file : resolve(dirname(file), path);
  const inside = relative(repoRoot, resolved);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return 'a path outside the repository';
  if (!existsSync(resolved)) return 'no such file';
  if (anchor && resolved.endsWith('.md') && !headingAnchors(readFileSync(resolved, 'utf8')).has(anchor.toLowerCase())) {
    return `no heading #${anchor}`;
  }
  return null;
}

describe('documentation in the repository', () => {
  const files = repositoryFiles();
  const markdown = files.filter((file) => file.endsWith('.md'));

  it('has the docs folder and the README links to it', () => {
    expect(existsSync(join(repoRoot, 'docs', 'README.md'))).toBe(true);
    expect(linkTargets(readFileSync(join(repoRoot, 'README.md'), 'utf8'))).toContain('docs/README.md');
  });

  it('every relative link of every Markdown file leads to a file (and heading) of the repository', () => {
    const broken = markdown.flatMap((file) =>
      linkTargets(readFileSync(file, 'utf8')).flatMap((target) => {
        const problem = brokenLink(file, target);
        return problem ? [`${relative(repoRoot, file)}: (${target}) is ${problem}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('no file refers to design notes outside the repository', () => {
    const references = files.flatMap((file) => {
      const text = textOf(file);
      if (text === null) return [];
      return text.split('\n').flatMap((line, index) =>
        OUTSIDE.some((pattern) => pattern.test(line)) ? [`${relative(repoRoot, file)}:${index + 1}: ${line.trim().slice(0, 120)}`] : [],
      );
    });
    expect(references).toEqual([]);
  });
});
