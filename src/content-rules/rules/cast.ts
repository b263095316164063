/**
 * One cast: the people of the examples are listed in content/data/cast.yaml, each with one title,
 * name and role. Wherever the text writes a title and a name (นายสมหมาย, นางสาวมาลี ศรีสุข,
 * Mr Sommai Jaidee), the name must belong to a cast member with that same title, and a surname
 * after it must be that member's. Thai writes no space after a first name used alone
 * ("นายสมหมายจึงถาม"), so names are matched from the cast, not guessed from spaces.
 */
import type { CastMember } from '../../schemas/cast.ts';
import type { Problem } from '../problem.ts';
import type { Lang } from '../../lib/locales.ts';

/** Titles that start a personal name. Longest first, so นางสาว is not read as นาง + สาว…. */
const TITLES: Record<Lang, readonly string[]> = {
  th: ['นางสาว', 'นาย', 'นาง'],
  en: ['Miss', 'Mrs', 'Mr', 'Ms'],
};

/**
 * Words that begin with a title but are not names: นายก (mayor), นายอำเภอ (district chief) …
 * Checked before a match is reported.
 */
const NOT_NAMES =
  /^(?:นายก|นายอำเภอ|นายทะเบียน|นายช่าง|นายตรวจ|นายทุน|นายจ้าง|นายหน้า|นายประกัน|นายตำรวจ|นายแพทย์|นายด่าน|นายสถานี|นายร้อย|นายพัน|นายพล|นายสิบ|นายดาบ|นายท่า|นายงาน|นายบ้าน|นางพยาบาล|นางงาม|นางฟ้า|นางแบบ|นางเอก|นางสนม)/u;

interface Person {
  title: string;
  first: string;
  surname: string;
}

function splitName(full: string, lang: Lang): Person | undefined {
  const title = TITLES[lang].find((t) => full.startsWith(t));
  if (!title) return undefined;
  const [first = '', surname = ''] = full
    .slice(title.length)
    .trim()
    .replace(/^\.\s*/, '')
    .split(/\s+/);
  return { title, first, surname };
}

export function castProblems(file: string, text: string, lang: Lang, cast: readonly CastMember[], firstLine = 1): Problem[] {
  const people = cast.map((c) => splitName(c.name[lang], lang)).filter((p): p is Person => p !== undefined);
  const surnames = new Set(people.map((p) => p.surname).filter(Boolean));
  const titles = TITLES[lang].join('|').replace(/\./g, '\\.');
  const mention =
    lang === 'th'
      ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${titles})[ก-ฮ][\\p{L}\\p{M}]*(?:\\s+[ก-ฮ][\\p{L}\\p{M}]*)?`, 'gu')
      : new RegExp(`\\b(?:${titles})\\.?\\s[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?`, 'g');
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    for (const match of line.matchAll(mention)) {
      const found = match[0];
      if (NOT_NAMES.test(found)) continue;
      const title = TITLES[lang].find((t) => found.startsWith(t)) ?? '';
      const rest = found.slice(title.length).replace(/^\.?\s*/, '');
      // The cast member whose first name the mention starts with, under the same title.
      const person = people.find((p) => p.title === title && (lang === 'th' ? rest.startsWith(p.first) : rest.split(' ')[0] === p.first));
      const after = lang === 'th' ? rest.slice(person?.first.length ?? 0).trim() : (rest.split(' ')[1] ?? '');
      const otherSurname =
        person &&
        after &&
        after !== person.surname &&
        [...surnames].some(
          (s) =>
            after.startsWith(s) ||
            (lang === 'th' &&
              /^\s/.test(rest.slice(person.first.length)) &&
              after.split(/\s/)[0] !== person.surname &&
              surnames.has(after.split(/\s/)[0] ?? '')),
        );
      if (!person || otherSurname) {
        problems.push({
          file,
          line: firstLine + i,
          message: `"${found.trim()}" is not a person of the cast (content/data/cast.yaml) with that title and name. Use a cast member, with the same title, name and role everywhere, or add the person there`,
        });
      }
    }
  });
  return problems;
}
