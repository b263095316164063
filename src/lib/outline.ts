/**
 * The on-page contents of a chapter: the parts every chapter has (objectives, key points,
 * sources, quiz …) in reading order around the headings of its text. Pure.
 */
export interface OutlineItem {
  depth: number;
  slug: string;
  text: string;
}

export interface ChapterParts {
  /** Parts before the text, in order: e.g. objectives, agenda, materials. */
  before?: ReadonlyArray<OutlineItem | false | undefined>;
  /** The ## and ### headings of the text itself. */
  headings: ReadonlyArray<OutlineItem>;
  /** Parts after the text, in order: key points, related pages, sources, quiz. */
  after?: ReadonlyArray<OutlineItem | false | undefined>;
}

export function chapterOutline({ before = [], headings, after = [] }: ChapterParts): OutlineItem[] {
  const keep = (items: ReadonlyArray<OutlineItem | false | undefined>) => items.filter((i): i is OutlineItem => Boolean(i));
  return [...keep(before), ...headings.filter((h) => h.depth === 2 || h.depth === 3), ...keep(after)];
}
