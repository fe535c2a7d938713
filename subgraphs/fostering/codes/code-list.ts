/** A code list from the SSDA903 return: code → label. */
export type CodeList = Readonly<Record<string, string>>;
