/** What the phone's table (FillTable) and the paper's (PaperTable) share: their props and the names of the findings. */
import type { Finding, GridField, SessionTitles, TableField } from '../../lib/field-kit/form-model.ts';
import type { UIKey } from '../../i18n/ui.ts';
import type { FieldProps } from './field-props.ts';
import type { Translator } from '../../lib/translate.ts';

export interface TableProps extends FieldProps<GridField | TableField> {
  sessions: SessionTitles;
}

/** The names of the three findings (ตรงตามสัญญา / ไม่ตรง / ตรวจไม่ได้) in the form's language. */
export function findingLabels(t: Translator<UIKey>): Record<Finding, string> {
  return {
    match: t('fieldKit.finding.match'),
    mismatch: t('fieldKit.finding.mismatch'),
    unverifiable: t('fieldKit.finding.unverifiable'),
  };
}
