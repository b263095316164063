/**
 * A speed fix for Vivliostyle's viewer, applied to a copy of it at build time (./patched-viewer.ts).
 *
 * For every new page the viewer looks for the first element at or after the page's start
 * (getFirstInFlowElementAtOrAfter, for page-based counters). It walks the document from the top
 * with a TreeWalker that descends into every element before that point, so a manual costs time in
 * the square of its length: about 15 of the 33 s of laying out the 230-page Thai participant
 * manual. The patch rejects, without descending, an element whose next sibling also starts before
 * the page: none of its descendants can be the answer (offsets grow in document order), so the
 * result is the same element, found in a few steps. Pure; unit-tested.
 */

export interface ViewerPatch {
  name: string;
  find: string;
  replace: string;
}

const WALKER_FILTER =
  'acceptNode:e=>{let i=e;return this.isNormalFlowElement(i)?this.xmldoc.getElementOffset(i)<t?NodeFilter.FILTER_SKIP:NodeFilter.FILTER_ACCEPT:NodeFilter.FILTER_REJECT}';

export const VIEWER_PATCHES: readonly ViewerPatch[] = [
  {
    name: 'skip subtrees before the page start',
    find: WALKER_FILTER,
    replace: WALKER_FILTER.replace(
      'acceptNode:e=>{let i=e;',
      'acceptNode:e=>{let i=e;if(this.xmldoc.getElementOffset(i)<t){let n=i.nextElementSibling;if(n&&this.xmldoc.getElementOffset(n)<=t)return NodeFilter.FILTER_REJECT}',
    ),
  },
];

/**
 * Applies each patch whose text occurs exactly once; a patch that does not match (another
 * Vivliostyle version) is reported and left out, so the viewer still works, only slower.
 */
export function patchViewer(source: string, patches: readonly ViewerPatch[] = VIEWER_PATCHES) {
  const applied: string[] = [];
  const missing: string[] = [];
  let out = source;
  for (const patch of patches) {
    if (out.split(patch.find).length === 2) {
      out = out.replace(patch.find, () => patch.replace);
      applied.push(patch.name);
    } else {
      missing.push(patch.name);
    }
  }
  return { source: out, applied, missing };
}
