/** Joins the class names that are set. */
export const cx = (...names: Array<string | false | null | undefined>): string => names.filter(Boolean).join(' ')
