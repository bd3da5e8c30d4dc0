/**
 * Finds where a passage sits in an article, for writing citations by hand:
 *   npx tsx seeds/src/find-span.ts 002_76e874a06d3d543b "4.4 مليار"
 * Prints every match with its [start, end) offsets and the surrounding text.
 */
import { readSource } from "./sources-dir";

const [doc, needle] = process.argv.slice(2);
if (!doc || !needle) throw new Error("usage: find-span.ts <document id> <text>");
const text = readSource(doc);
let at = text.indexOf(needle);
if (at < 0) console.log("not found");
while (at >= 0) {
  // the enclosing sentence: from the previous sentence end to the next one ("4.4" is not an end)
  const isEnd = (i: number): boolean => /[.!?\u061F\n]/.test(text[i] ?? "") && !/\d/.test(text[i + 1] ?? "");
  let before = at;
  while (before > 0 && !isEnd(before - 1)) before--;
  let after = at + needle.length;
  while (after < text.length && !isEnd(after)) after++;
  after = Math.min(after + 1, text.length);
  console.log(`match [${at}, ${at + needle.length})  sentence [${before}, ${after}):`);
  console.log(text.slice(before, after).trim());
  at = text.indexOf(needle, at + 1);
}
