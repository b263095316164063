/**
 * The authors' vocabulary: every component an MDX file may use, from one place.
 * Pages pass this map to <Content components={…} />, so authors write <Callout> without imports.
 */
import Callout from './Callout.astro';
import Objectives from './Objectives.astro';
import KeyPoints from './KeyPoints.astro';
import Activity from './Activity.astro';
import TrainerNote from './TrainerNote.astro';
import Term from './Term.astro';
import Figure from './Figure.astro';
import Flow from './Flow.astro';
import ProgrammeStructure from './ProgrammeStructure.astro';
import CpiChart from './CpiChart.astro';
import Slide from './Slide.astro';
import Link from './Link.astro';
import Img from './Img.astro';
import Cite from './Cite.astro';
import Example from './Example.astro';

export const authorComponents = {
  Callout,
  Objectives,
  KeyPoints,
  Activity,
  TrainerNote,
  Term,
  Figure,
  Flow,
  ProgrammeStructure,
  CpiChart,
  Slide,
  Cite,
  Example,
  // Plain Markdown links and images: root-relative paths get the site's base.
  a: Link,
  img: Img,
};
export { Callout, Objectives, KeyPoints, Activity, TrainerNote, Term, Figure, Flow, ProgrammeStructure, CpiChart, Slide, Cite, Example };
