/** Estimation notes, without those another note already says (a total's note repeats its layers'). */
export function distinctNotes(notes: Iterable<string>): string[] {
  const all = [...new Set(notes)];
  return all.filter((note) => !all.some((other) => other !== note && other.includes(note)));
}
