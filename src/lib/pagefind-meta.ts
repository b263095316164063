/**
 * Reads the one part of Pagefind's pagefind.<lang>_<hash>.pf_meta the search page needs before
 * Pagefind itself is running: which index chunk holds which words. With it the page can start
 * downloading the chunks a query needs while Pagefind's WebAssembly is still loading, and picks
 * the chunks the same way Pagefind does (chunksFor). Pure.
 *
 * The file is gzip (inflated by the caller) of "pagefind_dcd" and a CBOR array:
 * [version, pages, [[from, to, hash], …], filters, sorts, meta fields] (Pagefind's
 * index_metadata.rs, fields by position).
 */

export type Chunk = [from: string, to: string, hash: string];

/** A minimal CBOR reader: unsigned and negative integers, byte and text strings, arrays, maps, simple values. */
export function decodeCbor(bytes: Uint8Array): unknown {
  let at = 0;
  const text = new TextDecoder();
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : -1;
    if (size < 0) throw new Error(`CBOR: unsupported length ${info} at ${at}`);
    let value = 0;
    for (let i = 0; i < size; i += 1) value = value * 256 + (bytes[at + i] ?? 0);
    at += size;
    return value;
  };
  const item = (): unknown => {
    const head = bytes[at] ?? 0;
    at += 1;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22 || info === 23) return null;
      throw new Error(`CBOR: unsupported simple value ${info}`);
    }
    if (info === 31) throw new Error('CBOR: indefinite lengths are not used by Pagefind');
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2: {
        const out = bytes.slice(at, at + n);
        at += n;
        return out;
      }
      case 3: {
        const out = text.decode(bytes.subarray(at, at + n));
        at += n;
        return out;
      }
      case 4:
        return Array.from({ length: n }, () => item());
      case 5: {
        const out = new Map<unknown, unknown>();
        for (let i = 0; i < n; i += 1) out.set(item(), item());
        return out;
      }
      default:
        throw new Error(`CBOR: unsupported major type ${major}`);
    }
  };
  return item();
}

const SIGNATURE = 'pagefind_dcd';

/** The index chunks of an inflated pf_meta file. */
export function metaChunks(inflated: Uint8Array): Chunk[] {
  const head = new TextDecoder().decode(inflated.subarray(0, SIGNATURE.length));
  const body = head === SIGNATURE ? inflated.subarray(SIGNATURE.length) : inflated;
  const meta = decodeCbor(body);
  if (!Array.isArray(meta) || !Array.isArray(meta[2])) throw new Error('Pagefind metadata: no index chunk list');
  return (meta[2] as unknown[]).map((c) => {
    const [from, to, hash] = c as [string, string, string];
    return [from, to, hash];
  });
}

/** The pages of an inflated pf_meta file, in page-number order: [page id, word count]. */
export function metaPages(inflated: Uint8Array): Array<[id: string, words: number]> {
  const head = new TextDecoder().decode(inflated.subarray(0, SIGNATURE.length));
  const meta = decodeCbor(head === SIGNATURE ? inflated.subarray(SIGNATURE.length) : inflated);
  if (!Array.isArray(meta) || !Array.isArray(meta[1])) throw new Error('Pagefind metadata: no page list');
  return (meta[1] as unknown[]).map((p) => {
    const [id, words] = p as [string, number];
    return [id, words];
  });
}

/** The chunks Pagefind loads for a word: those whose range holds it, else those whose range holds its prefix. */
export function chunksFor(word: string, chunks: readonly Chunk[]): string[] {
  const strict = chunks.filter(([from, to]) => word >= from && word <= to).map(([, , hash]) => hash);
  if (strict.length > 0) return strict;
  const chars = [...word];
  return chunks
    .filter(([from, to]) => {
      const fromChars = [...from];
      const toChars = [...to];
      const lo = Math.min(chars.length, fromChars.length);
      const hi = Math.min(chars.length, toChars.length);
      return chars.slice(0, lo).join('') >= fromChars.slice(0, lo).join('') && chars.slice(0, hi).join('') <= toChars.slice(0, hi).join('');
    })
    .map(([, , hash]) => hash);
}
