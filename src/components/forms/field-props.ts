/** What every component that draws one field of a form, on paper or on the phone, is given. */
import type { Lang } from '../../lib/locales.ts';

export interface FieldProps<F> {
  /** Where the field's answer is stored: "<section>.<field>". */
  path: string;
  field: F;
  /** The language the form is written in (its labels follow its text). */
  lang: Lang;
}
