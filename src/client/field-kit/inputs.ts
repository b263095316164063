/**
 * Reading and writing the phone form's inputs (FillField, FillTable, FillDate): every input named
 * with the path of its answer, data-fk-kind saying how to read it. Also the small behaviours of
 * the inputs themselves: dates typed as day, month and year, numbers checked, choices cleared.
 */
import { ceYear, dateParts, dateValue, displayYear, isRealDate, todayValue } from '../../lib/field-kit/dates.ts';
import type { Value } from '../../lib/field-kit/record.ts';
import type { Lang } from '../../lib/locales.ts';

type Named = HTMLInputElement | HTMLTextAreaElement;

const named = (form: HTMLElement) => [...form.querySelectorAll<Named>('input[name][data-fk-kind], textarea[name][data-fk-kind]')];

/** The answers in the form now. A text left as its printed default (a prefilled role) is not stored. */
export function collectValues(form: HTMLElement): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const el of named(form)) {
    const kind = el.dataset['fkKind'];
    if (el instanceof HTMLInputElement && kind === 'checks') {
      if (!el.checked) continue;
      const list = (values[el.name] as string[] | undefined) ?? [];
      list.push(el.value);
      values[el.name] = list;
    } else if (el instanceof HTMLInputElement && kind === 'check') {
      if (el.checked) values[el.name] = true;
    } else if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (el.checked) values[el.name] = el.value;
    } else {
      const prefill = el.dataset['fkPrefill'];
      if (el.value !== (prefill ?? '')) values[el.name] = el.value;
    }
  }
  return values;
}

/** Puts answers back into the form; anything not answered goes back to its default. */
export function restoreValues(form: HTMLElement, values: Readonly<Record<string, Value>>): void {
  for (const el of named(form)) {
    const value = values[el.name];
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      el.checked = Array.isArray(value) ? value.includes(el.value) : value === true ? el.type === 'checkbox' : value === el.value;
    } else {
      el.value = typeof value === 'string' ? value : (el.dataset['fkPrefill'] ?? '');
    }
  }
  for (const box of form.querySelectorAll<HTMLFieldSetElement>('[data-fk-date]')) showDate(box);
  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-fk-clear]')) updateClear(form, button);
  for (const input of form.querySelectorAll<HTMLInputElement>('[data-fk-kind="number"]')) checkNumber(input, '');
}

/** True for what people write as a number: 1250000, 1,250,000, 12.5. */
export function looksNumeric(text: string): boolean {
  return /^-?\d{1,3}(,?\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(text.trim().replace(/\s/g, ''));
}

/** Shows or hides a number's message; returns true when the text is fine. */
export function checkNumber(input: HTMLInputElement, message: string): boolean {
  const error = document.getElementById(`${input.id}-error`);
  const bad = input.value.trim() !== '' && !looksNumeric(input.value);
  if (error) {
    error.textContent = bad ? message : '';
    error.hidden = !bad;
  }
  input.toggleAttribute('aria-invalid', bad);
  return !bad;
}

function dateBox(box: HTMLFieldSetElement) {
  return {
    day: box.querySelector<HTMLInputElement>('.fk-date-day')!,
    month: box.querySelector<HTMLSelectElement>('select')!,
    year: box.querySelector<HTMLInputElement>('.fk-date-year')!,
    hidden: box.querySelector<HTMLInputElement>('input[type="hidden"]')!,
    error: box.querySelector<HTMLElement>('.fk-error'),
    lang: (box.dataset['fkLang'] === 'en' ? 'en' : 'th') as Lang,
  };
}

/** Shows a date widget's stored value in its day, month and year. */
export function showDate(box: HTMLFieldSetElement): void {
  const { day, month, year, hidden, lang } = dateBox(box);
  const parts = dateParts(hidden.value);
  day.value = parts.day === undefined ? '' : String(parts.day);
  month.value = parts.month === undefined ? '' : String(parts.month);
  year.value = parts.year === undefined ? '' : String(displayYear(parts.year, lang));
}

/** Reads a date widget's day, month and year into its stored value; returns false for a day that does not exist. */
export function readDate(box: HTMLFieldSetElement, message: string): boolean {
  const { day, month, year, hidden, error, lang } = dateBox(box);
  const num = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : undefined);
  const typedYear = num(year.value);
  const parts = { day: num(day.value), month: num(month.value), year: typedYear === undefined ? undefined : ceYear(typedYear, lang) };
  hidden.value = dateValue(parts);
  const complete = parts.day !== undefined && parts.month !== undefined && parts.year !== undefined;
  const bad = complete && !isRealDate(parts);
  if (error) {
    error.textContent = bad ? message : '';
    error.hidden = !bad;
  }
  return !bad;
}

/** Sets a date widget to today. */
export function setToday(box: HTMLFieldSetElement): void {
  dateBox(box).hidden.value = todayValue();
  showDate(box);
  readDate(box, '');
}

/** A choice's "clear" button shows only while something is chosen. */
export function updateClear(form: HTMLElement, button: HTMLButtonElement): void {
  const name = button.dataset['fkClear'] ?? '';
  button.hidden = ![...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')].some((r) => r.name === name && r.checked);
}

export function clearChoice(form: HTMLElement, button: HTMLButtonElement): void {
  const name = button.dataset['fkClear'] ?? '';
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) if (radio.name === name) radio.checked = false;
  updateClear(form, button);
}
