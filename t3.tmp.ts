import { processArticle } from './scripts/pipeline/process.ts';
import { readFileSync } from "node:fs";
const text = readFileSync(process.argv[2], "utf8");
const a = processArticle('a.txt', text);
console.log(a.mentions.filter(m => !m.nested).map(m => `${m.text}|${m.type}|${m.key}`).join('\n'));
console.log('--- quotes');
for (const q of a.quotes) console.log(JSON.stringify(q.text.slice(0, 60)), '→', q.speakerKey);
