/**
 * The same story saved twice in one folder (a .txt and its web page, a file copied): one title. A copy
 * tells the reader nothing about which story they meant, so it never doubts its twin's answer
 * (`story-doubt.ts`), and a reply naming both tells them apart by file (`format/messages.ts`).
 */
export function sameStory(a: { title: string }, b: { title: string }): boolean {
  return a.title === b.title;
}
