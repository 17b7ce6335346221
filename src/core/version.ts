import { version } from '../../package.json'

/** The kit's version, as published: it goes into support details so a report says which build showed the error. */
export const KIT_VERSION: string = version
