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

export const authorComponents = { Callout, Objectives, KeyPoints, Activity, TrainerNote, Term, Figure, Flow, ProgrammeStructure };
export { Callout, Objectives, KeyPoints, Activity, TrainerNote, Term, Figure, Flow, ProgrammeStructure };
