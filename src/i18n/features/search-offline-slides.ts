/**
 * UI strings of search, offline use and slides, in both languages (same keys, same {placeholders}).
 * src/i18n/th.ts and en.ts merge every file of this folder into the dictionaries.
 */
export const th = {
  'search.empty': 'พิมพ์คำที่ต้องการค้นหาในช่องด้านบน แล้วกดปุ่มค้นหา',
  'search.guide.title': 'ค้นหาอย่างไร',
  'search.guide.thai': 'พิมพ์คำภาษาไทยได้เลยโดยไม่ต้องเว้นวรรคระหว่างคำ เช่น งบประมาณ จะพบทั้ง “งบประมาณ” และ “ปีงบประมาณ”',
  'search.guide.and': 'เว้นวรรคเมื่อต้องการหาหน้าที่มีครบทุกคำ เช่น ป้าย งบประมาณ',
  'search.guide.variants': 'คำที่สะกดได้หลายแบบหาเจอเหมือนกัน เช่น คอรัปชั่น กับ คอร์รัปชัน และค้นคำในอภิธานศัพท์ด้วยภาษาอังกฤษได้ เช่น conflict of interest',
  'search.guide.kinds': 'เลือก “ค้นหาใน” เพื่อค้นเฉพาะชุดสาระความรู้ ช่วงการอบรม หรืออภิธานศัพท์',
  'search.guide.try': 'ลองค้นหา:',
  'search.suggest': 'หรือหมายถึง:',
} as const;

export const en: Record<keyof typeof th, string> = {
  'search.empty': 'Type what you are looking for in the box above, then press Search.',
  'search.guide.title': 'How to search',
  'search.guide.thai': 'Type a word as it is written; Thai needs no spaces between its words. A word also finds its other forms: gift finds gifts.',
  'search.guide.and': 'Separate words with spaces to find pages that have all of them, for example: signboard budget',
  'search.guide.variants':
    'Different spellings find the same pages (คอรัปชั่น and คอร์รัปชัน), and a glossary term finds its Thai or English equivalent, for example: conflict of interest',
  'search.guide.kinds': 'Choose “Search in” to search only the modules, the training sessions or the glossary.',
  'search.guide.try': 'Try:',
  'search.suggest': 'Did you mean:',
};
