/** A code list from the SSDA903 return: code → label. */
export type CodeList = Readonly<Record<string, string>>;

export function labelOf(list: CodeList, code: string): string {
  return list[code] ?? code;
}
