import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';

const ROOT = resolve(__dirname, '../../..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function englishStrings(tree: object, prefix = '', found = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(prefix + key, value);
    else englishStrings(value as object, `${prefix}${key}.`, found);
  }
  return found;
}

const ENGLISH = englishStrings(en);
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*-?\s*([\w.]+)/g)].map((match) => match[1] ?? '');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

interface Finding {
  readonly where: string;
  readonly key: string;
  readonly missing: readonly string[];
}

/**
 * Every `t('key', { … })` call in the renderer whose key and values are written out in the source: the
 * values it passes against the placeholders of the English string (or of each plural form, which
 * also need `count`). Calls whose values come from a spread or a variable are left to the end-to-end
 * tests, where a missing value logs an error.
 */
function unfilledPlaceholders(): { findings: Finding[]; checked: number } {
  const findings: Finding[] = [];
  let checked = 0;
  for (const file of sourceFiles(join(ROOT, 'renderer'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      ts.forEachChild(node, visit);
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 't') return;
      const [keyArgument, values] = node.arguments;
      // A key built at run time is narrowed by the code around it (a switch, a condition), which a
      // walk of the syntax can't follow: those are left to the end-to-end tests too.
      if (
        keyArgument === undefined ||
        !(ts.isStringLiteral(keyArgument) || ts.isNoSubstitutionTemplateLiteral(keyArgument))
      ) {
        return;
      }
      const key = keyArgument.text;
      let given: Set<string>;
      if (values === undefined) given = new Set();
      else if (ts.isObjectLiteralExpression(values) && !values.properties.some(ts.isSpreadAssignment)) {
        given = new Set(values.properties.map((property) => property.name?.getText(source).replace(/['"]/g, '') ?? ''));
      } else return;
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const forms = ENGLISH.has(key)
        ? [ENGLISH.get(key) ?? '']
        : [...ENGLISH].filter(([name]) => name.replace(PLURAL, '') === key).map(([, text]) => text);
      if (forms.length === 0) return;
      checked += 1;
      const needed = new Set(forms.flatMap(placeholders));
      if (!ENGLISH.has(key)) needed.add('count');
      const missing = [...needed].filter((name) => !given.has(name));
      if (missing.length > 0) findings.push({ where: `${relative(ROOT, file)}:${line}`, key, missing });
    };
    visit(source);
  }
  return { findings, checked };
}

describe('translation calls', () => {
  it('pass a value for every placeholder of the sentence they ask for', () => {
    const { findings, checked } = unfilledPlaceholders();
    // The walk found the calls at all: the renderer makes hundreds.
    expect(checked).toBeGreaterThan(300);
    expect(findings).toEqual([]);
  });
});
