/** The element id of an answer's input on the phone form: "fk-general-date". */
export function inputId(path: string): string {
  return `fk-${path.replace(/\./g, '-')}`;
}
