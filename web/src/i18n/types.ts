/** The shape of a catalogue group with every text widened to string: other languages must have exactly these keys. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }
