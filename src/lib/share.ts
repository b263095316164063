/**
 * What a page tells LINE, Facebook and other apps when its link is shared (Open Graph and Twitter
 * card tags), and where its preview image is. Pure.
 * Preview images are made at build time (src/integrations/share-images.ts), one per page, and only
 * when the handbook has a public address: apps need the image's absolute address.
 */
import { localePath, type Lang } from './locales.ts';

/** The size LINE, Facebook and X show large previews at. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The folder of the preview images in the built site. */
export const SHARE_IMAGE_DIR = 'og';

/**
 * The preview image of a page, relative to the site's base: "og/en/modules/x/card.png" for
 * /en/modules/x/, "og/card.png" for the Thai home page.
 */
export function shareImageFile(lang: Lang, path: string): string {
  return `${SHARE_IMAGE_DIR}${localePath(lang, path)}card.png`;
}

/** Open Graph's locale names for the handbook's languages. */
export function ogLocale(lang: Lang): string {
  return lang === 'th' ? 'th_TH' : 'en_US';
}

/** Chapters (modules and sessions) are articles; every other page is part of the website. */
export function ogType(path: string): 'article' | 'website' {
  return /^\/(modules|sessions)\/[^/]+\/$/.test(path) ? 'article' : 'website';
}

/**
 * The share text for one page: the page's own title, or the handbook's name for the home page,
 * and the description cut to what apps show (about 200 characters), ending with an ellipsis.
 */
export function shareDescription(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface ShareCard {
  /** The preview image's absolute address (og:image). */
  image: string;
  title: string;
  description: string;
  siteName: string;
  lang: string;
}

/**
 * What a built page says about itself to sharing apps, read back from its HTML for drawing its
 * preview image; undefined for a page without a preview image.
 */
export function readShareCard(html: string, decode: (text: string) => string): ShareCard | undefined {
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  const meta = (property: string) => {
    const tag = new RegExp(`<meta\\s+property="${property.replace(/[.:]/g, '\\$&')}"\\s+content="([^"]*)"`).exec(head);
    return tag ? decode(tag[1]!) : undefined;
  };
  const image = meta('og:image');
  if (!image) return undefined;
  return {
    image,
    title: meta('og:title') ?? '',
    description: meta('og:description') ?? '',
    siteName: meta('og:site_name') ?? '',
    lang: /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'th',
  };
}
