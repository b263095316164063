import type { Finding } from '../../lib/field-kit/form-model.ts';
import type { UIKey } from '../../i18n/ui.ts';
import type { Translator } from '../../lib/translate.ts';

/** The names of the three findings (ตรงตามสัญญา / ไม่ตรง / ตรวจไม่ได้) in the form's language. */
export function findingLabels(t: Translator<UIKey>): Record<Finding, string> {
  return {
    match: t('fieldKit.finding.match'),
    mismatch: t('fieldKit.finding.mismatch'),
    unverifiable: t('fieldKit.finding.unverifiable'),
  };
}
