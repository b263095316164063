/**
 * The handbook speaks as the network and states what is confirmed; it never tells the reader what
 * "this handbook" or "the authors" could not read, check or confirm. Open questions for the
 * office belong in docs/reviewers.md. This rule finds such sentences in any text a reader sees:
 * pages, quizzes, glossary, UI strings.
 */
import type { Problem } from '../problem.ts';

/** Phrases of a researcher talking about their own reading, in Thai and English. */
export const SELF_REFERENCE_PATTERNS: readonly RegExp[] = [
  /(?:ผู้|ทีม|คณะ)จัดทำคู่มือ/u,
  /คู่มือ(?:นี้|เล่มนี้)?\s?(?:ยัง)?(?:ยืนยัน|ไม่ได้ตรวจ|ไม่ได้อ่าน|ไม่ทราบ|ไม่มีข้อมูล|เข้าไม่ถึง|อ่านไม่ถึง|ตรวจไม่พบ|ยังไม่|ไม่ได้กล่าวถึง|ขอตีความ)/u,
  /(?:บทเรียน|บทนี้|เรา)(?:ยัง)?(?:ยืนยันได้|ยืนยันไม่ได้|ไม่ได้ตรวจ|ไม่ได้อ่าน|ยังไม่พบ|ไม่พบ)/u,
  /ยังไม่ได้(?:ตรวจ|อ่าน)(?:สอบ)?(?:ถ้อยคำ|ตัวบท|มาตรา|จาก|เอกสาร|ข้อความ|ว่า|ฉบับ)/u,
  /อ่าน(?:ไม่ถึง|ได้ไม่ครบ)/u,
  /ยังไม่ยืนยัน|ยืนยันได้จาก|แหล่งข่าวรอง|ช่องทาง[^\s]{0,12}ที่ยืนยันได้/u,
  /\b(?:this|the) (?:handbook|manual|module|lesson)\b[^.\n]{0,40}\b(?:could not|cannot|can't|did not|does not|has not|have not|is not able to)\b[^.\n]{0,40}\b(?:confirm|check|read|verify|find|see)/iu,
  /\bthe (?:authors?|compilers?|editors?)\b/iu,
  /\b(?:has|have) not (?:yet )?(?:been )?(?:checked|confirmed|verified|read)\b/iu,
  /\b(?:un|not (?:yet )?(?:been )?)confirmed\b/iu,
  /\bcould not (?:be )?(?:confirm|read|check|verif|find)/iu,
  /\b(?:confirmed|verified) only by\b|\bsecondary (?:news )?source only\b/iu,
  /\bthe confirmed (?:channels?|numbers?|items?)\b/iu,
];

/** Problems for every line of `text` (a whole file) that matches a self-referential phrase. */
export function selfReferenceProblems(file: string, text: string, firstLine = 1): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    for (const pattern of SELF_REFERENCE_PATTERNS) {
      const match = pattern.exec(line);
      if (match) {
        problems.push({
          file,
          line: firstLine + i,
          message: `"${match[0]}" talks about the handbook's own research. State what is confirmed, with its citation; leave out the rest (or point to the official place to check it) and put the open question in docs/reviewers.md`,
        });
        break;
      }
    }
  });
  return problems;
}
