// Reads a submitted form's fields as strings, untrimmed: the mocked server judges what is empty, as the API does.

/** The named fields of a form, as strings ('' for a missing one). */
export function formValues<Name extends string>(form: HTMLFormElement, names: readonly Name[]): Record<Name, string> {
  const data = new FormData(form)
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? '')])) as Record<Name, string>
}
