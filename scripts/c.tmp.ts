import { classOf, isEnglishWord, isFirstNameToo } from '/work/main/scripts/pipeline/annotate/lexicon.ts';
for (const w of process.argv.slice(2)) console.log(w, classOf(w), isEnglishWord(w), isFirstNameToo(w));
