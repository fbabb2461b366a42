/**
 * Clean: split the body into lines and sort them into paragraphs, sub-headings and page furniture.
 *
 * Furniture is recognised by shape, not by string: a line that introduces a link ("Also read:"),
 * credits an image ("Image: AP"), is a bracketed "opens in new window" link, is one of the page's
 * own controls or advertisements ("Advertisement", "Listen to this article", "Sign up for our
 * newsletter", "Follow us on X"), names the writers ("By Sarah Walsh, CNN") or those who reported
 * and edited ("(Reporting by …; Editing by …)"), or belongs to a run of two or more
 * headline-shaped lines (a list of related articles). A single headline-shaped line between
 * paragraphs is the article's own sub-heading. Nothing is dropped: furniture goes to `removed` with
 * its reason.
 */
import type { Article, Block, Removed, RemovalReason, Span } from './model.ts';
import { classOf, classOfName, isEnglishWord, SITE_ADDRESS_ENDING } from './annotate/lexicon.ts';
import { DATE_LABEL_ALONE, DATE_LABEL_OPENING, findDateline } from './annotate/times.ts';

const LINK_LEAD = /^(also read|go deeper|read more(?: about| from [^:|]{1,30})?|read also|read|more about|related(?: coverage| stories| articles| content)?|see also|more on this|recommended|watch|listen|you may also like|don['’]t miss|suggested topics|topics|categories|category|tags|filed under)\s*[:|–—-]/i;
/** A web address alone on its line, perhaps after a short label: "AP NBA: https://apnews.com/hub/NBA". */
const ADDRESS_LINE = /^(?:[^.!?:]{1,40}:\s*)?(?:https?:\/\/|www\.)\S+$/i;
/** A lead alone on its line, with no mark after it, over the links below: "More on this story", "Related internet links", Al Jazeera's "Keep reading" and "list of 4 items". */
const BARE_LINK_LEAD = /^(?:more on this story|related (?:stories|articles|content|topics|links|internet links)|top stories|also read|read more|read also|see also|keep reading|list of \d+ items|recent posts|latest posts|most read|trending(?: now| photos| videos| stories)?|also:)$/i;
/** Agencies whose name alone credits a picture. */
const PICTURE_AGENCIES = 'Getty Images|Shutterstock|Alamy|AP Photo|PA Media|PA Wire|EPA-EFE';
const IMAGE_CREDIT = /^(\(?\s*)(?:(?-i:[A-Z]{2,6})\s+)?(image|images|photo|photos|picture|pictures|illustration|photograph|credit|photo credit|image credit|source|file photo|representative image)s?\s*[:|/]\s*\S.{0,80}$/i;
/** A photo credited to a web address alone: "photo football.ua". */
const PHOTO_FROM_SITE = /^(?:photo|image|picture)s?\s+[\w-]+(?:\.[\w-]+)+$/i;
/** A picture's credit by its taker or agency alone: "(Photo by Kazuhiro Nogi/AFP via Getty Images)", "Getty Images". */
const PICTURE_BY = new RegExp(String.raw`^\(?(?:(?:photo|image|picture|video|photograph|photography|illustration)s?\s+(?:by|courtesy of)\s+[^.!?]{2,100}|(?:[^.!?]{0,60}\s(?:via|for)\s)?(?:${PICTURE_AGENCIES}))\)?$`, 'i');
/**
 * A picture's caption or source as BBC pages label it ("Image caption, Palestinians celebrated …",
 * "Image source, Reuters"), or a caption signed with its credit ("Sudanese soldiers in Khartoum.
 * Photograph: Mahmoud Hjaj/AP", "Firefighters battle the Mountain Fire. Getty Images", "Joe Root celebrates • Getty Images", "… in Kharkiv.
 * (State Emergency Service / Telegram)"), or as Reuters
 * numbers and signs it ("Item 1 of 2 Nvidia CEO Jensen Huang speaks … REUTERS/Jonathan Ernst/File Photo").
 */
const CAPTION = new RegExp(String.raw`^(?:image|media|video) (?:caption|source)\s*[,:]\s*\S|^(?:Item \d+ of \d+|\[\d+\/\d+\])\s+\p{Lu}|\b(?:REUTERS|AFP|AP)\/\p{Lu}[\p{L} .'’-]+(?:\/(?:File )?Photo)?(?:\s+Purchase Licensing Rights\b.*)?$|[.!?]\s+(?:Photograph|Photo|Picture|Illustration|Composite)s?\s*:\s*[^.!?]{2,80}$|(?:[.!?]|\s[•|·])\s+(?:[\p{Lu}][^.!?]{0,40}\s(?:for|via)\s)?(?:${PICTURE_AGENCIES})\.?$|[.!?]\s+\(\p{Lu}[^()/]{1,50}\s?\/\s?\p{Lu}[^()]{1,50}\)$`, 'iu');
/** A link's screen-reader note. */
const NEW_WINDOW = String.raw`opens (?:in )?(?:a )?new (?:window|tab)`;
/** The note closing its line: the line is the link ("… Principles., opens new tab", "[ … ?Opens in new window ]"). */
const OPENS_IN_NEW_WINDOW = new RegExp(String.raw`${NEW_WINDOW}\s*\]?$`, 'i');
/** The note within a paragraph ("said in a statement, opens new tab."): only the note is furniture. */
const LINK_NOTE = new RegExp(String.raw`,?\s*\(?${NEW_WINDOW}\)?`, 'gi');
/** Longer than a link and its note: a paragraph with a link at its end. */
const MAX_LINK_WORDS = 15;
const BRACKETED_LINK = /^\[.*\]$/;
/**
 * The writers' names: "By Sarah Walsh, CNN", "By Anna Keller and Tom Reid, BBC News, Berlin", with
 * initials and an address too ("By Max A. Cherney", "By Jenna Torres | jtorres@dailyherald.com"), a desk
 * before the name ("By state political reporter Alexandra Smith"), or a
 * name and a desk's role as the Guardian gives them ("Patrick Wintour Diplomatic editor"), or an outlet's desk ("Kyiv Independent news desk"), or who published it ("From: Ministry of Housing, Communities and Local Government"), or the lead alone where the page dropped the name ("Written by").
 */
const BYLINE = /^(?:(?:Written|Reporting|Words|Posted|Published|Interview|Interviewed) by|By|BY|by):?\s+(?:(?:\p{Ll}+\s+){1,4}(?=(?:\p{Lu}\p{Ll}+\s+)+\p{Lu}))?\p{Lu}(?:[^.!?:;]|(?<=\b\p{Lu})\.|[\w.+-]+@[\w-]+(?:\.[\w-]+)+){0,100}$|^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}(?: (?:and|in) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})?,?(?: \p{L}+){0,2} (?:editor|correspondent|reporter|writer|columnist|critic|news desk|newsroom)$|^(?:(?:Written|Reported|Posted|Words) by|By):?$|^From:\s+\p{Lu}[^.!?]{1,200}$/u;
/** A byline that says who the writer is: "By Allison Johnson, a reviewer with 15 years of experience reviewing smartphones." */
const BYLINE_WITH_ROLE = /^By \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}, (?:a|an|the|our) (?:[\p{L}-]+ ){0,3}(?:reviewer|reporter|writer|editor|correspondent|journalist|columnist|critic|contributor)\b[^.!?]{0,100}\.?$/u;
/** A name split off a date by a bar: "Gizem Nisa Çakır |08.06.2026", "By John Smith | May 5, 2020". */
const BYLINE_BEFORE_DATE = /^(?:By\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}\s*[|·•]$/u;
/** A label alone over who published the page: "From:" over "Ministry of Housing, Communities and Local Government", "NEWS PROVIDED BY" over "Acme Robotics, Inc.". */
const FROM_LABEL = /^(?:From:|news provided by)$/i;
/** Where the outlet reports from, in a byline's second line: "BBC Sport at the Aviva Stadium". */
const REPORTING_AT = /^\p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*){0,2} at (?:the )?\p{Lu}/u;
/** What a writer is, in a byline's second line: "Chief F1 writer", "Political correspondent, BBC News". */
const JOURNALIST_ROLE = /\b(?:editor|correspondent|reporter|writer|columnist|critic|journalist)s?\b/i;
/** A writer's name, as a page sets it alone by its date: "Ng Wei Kai". */
const WRITER = String.raw`\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*(?: \p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*){1,2}`;
const WRITER_IN = String.raw`${WRITER}(?: in \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?`;
/** Writers' names alone (each with a word no dictionary has, or a known first name: `isWritersNames`), perhaps where they write from: "Ng Wei Kai", "Dan Primack, Ina Fried", "Tom Wilson in London" (not "All News"). */
const WRITERS_NAMES = new RegExp(String.raw`^${WRITER_IN}(?:(?:, | and | & )${WRITER_IN}){0,3}$`, 'u');
/** The writers a line names, each perhaps where they file from: "Tim Bradshaw in London and Rafe Rosner-Uddin in New York". */
const writersOf = (line: string) => line.split(/, | and | & /).map((writer) => writer.replace(/ in .*$/, ''));
const isWritersNames = (line: string) => WRITERS_NAMES.test(line) && writersOf(line).every((name) => {
  // Not an agency named for its country: "Agence France-Presse" (though "Jordan Smith" is someone's).
  const hyphenatedPlace = name.split(' ').some((word) => word.includes('-') && word.split('-').some((part) => classOfName(part) === 'place'));
  // A word no dictionary has, or a known first name opening it: "Sam Jones".
  return (name.split(/[ -]/).some((word) => !isEnglishWord(word)) || classOf(name.split(' ')[0]!) === 'first-name') && !hyphenatedPlace;
});
/** The names a byline gives: "By Martin Wolf", "By Lewis Krauskopf and Stella Qiu". */
const BYLINE_NAMES = /^(?:By|BY)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){1,7})$/u;
/**
 * A note of one sentence or two on who wrote the piece, opening with the author's name and "is" or what they cover.
 * The byline may run on into the outlet's name ("By Liz Friden Fox News"): the note names the
 * author by the byline's first two words or more.
 */
function isAuthorNote(paragraph: string, author: string): boolean {
  if (wordCount(paragraph) > 45) return false;
  const words = author.split(/\s+/);
  for (let count = words.length; count >= 2; count -= 1) {
    const name = words.slice(0, count).join(' ');
    if (paragraph.startsWith(`${name} `) && /^\s(?:is|was|writes|covers|reports on|has been)\b/.test(paragraph.slice(name.length))) return true;
  }
  return false;
}

/** A press release's contacts: their label ("Media Contact:", "DBV Investor Relations Contact", "For more information:"), a contact on the label's line ("Press contact: Jacques René Zammit (+352) 4303 3355"), and a line that is only an address or a number. */
const CONTACT_LABEL = /^for (?:more|further) information(?:,? (?:please )?contact)?\s*:?$|^(?:[\p{Lu}][\p{L}&.-]*\s+)?(?:(?:media|press|investor(?: relations)?|news|editorial)\s+)?(?:contacts?|enquiries|inquiries)\s*:?$|^(?:media|press|investor)\s+(?:contacts?|enquiries|inquiries)\s*:.{1,160}$/iu;
// A number with its groups apart, not a date: "+1 512-555-0100", not "12.11.2025".
const CONTACT_DETAIL = /^(?:(?:[Ee]-?mail|[Tt]el(?:ephone)?|[Pp]hone|[Mm]obile|[Ff]ax|[Cc]ontact)\s*:\s*)?(?:\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?|(?:\+ ?)?\(?\d(?=[\d().-]*[\s()+-])[\d\s().-]{6,}\d)$/;
/** How many lines of names a contact's details may come under. */
const CONTACT_NAME_LINES = 3;
/** A press release's wire ends with its source: "SOURCE Northvolt Energy Inc.". */
const RELEASE_SOURCE = /^SOURCE \p{Lu}[^.!?]{0,80}\.?$/u;
/**
 * Who else reported or edited the story, at its end: "(Reporting by Camillus Eboh; Editing by …)",
 * "Edited by: Rob Mudge", "With files from The Canadian Press", "— With assistance from Daniel Cancel", "AP writer Ken Moritsugu in
 * Beijing contributed to this report.", perhaps after where the writers reported from ("Binkley reported from Washington."), or a writer who contributed, from a place or after where another reported from ("Associated Press writer Christopher Weber contributed from Los Angeles.")
 */
const CREDITS = /^[(*]?(?:(?:additional )?reporting|writing|editing|edited|translated|compiled) by\b.{0,300}\)?$|^(?:[—–-]\s*)?\(?with (?:files|inputs|assistance) from\b.{0,80}$|^(?:[^.!?]{0,60}\breported from [^.!?]{1,60}\.\s+)?(?:[^.!?]{0,60}\b(?:writers?|reporters?|correspondents?)\b[^.!?]{0,80}\bcontributed\b[^.!?]{0,80}|[^.!?]{0,120}\bcontributed (?:to )?(?:this|the) (?:report|story|article)|[^.!?]{0,80}\bcontributed (?:additional )?reporting(?: (?:to|for) (?:this|the) (?:report|story|article))?)\.?$/i;
/** Where the writers reported from, alone at the end: "Magdy reported from Cairo.", "Shurafa and Magdy reported from Deir al-Balah." */
const REPORTED_FROM = /^\p{Lu}[\p{L}'’-]+(?:(?:,| and) \p{Lu}[\p{L}'’-]+){0,3} reported from [^.!?]{1,60}\.$/u;
/** The page's controls, advertisements, newsletter offers, a pointer to the site ("For the latest news … head to WDTN.com"), its other languages ("This text available in Русский", "Lire en français"), its reading time ("5 min read", "Time to 3 min."), copyright notice (by year or by owner first: "Copyright The Financial Times Limited 2026."), a shop's button ("$399 at Amazon"), an app's or a section's promotion ("Download The Economic Times News App …", "(Catch all the Business News …)"), disclaimer, a call to join its channel or page ("Join ST's WhatsApp Channel …", "Get involved on our Tennis Facebook page"), a programme's "Heard on Weekend Edition Saturday", how to cite the page ("Recommended Citation: …"), a writer's handle or a row of hashtags alone ("@rebeccarubin", "#Siemens #AI"), a funder's disclosure ("STAT's coverage of chronic health issues is supported by a grant from …", "The AP is solely responsible for all content."), an appeal for support ("Consider supporting our independent journalism.", "Consider supporting the Kyiv Independent.", "Become a member"), an affiliate disclosure ("If you buy something from a Verge link, Vox Media may earn a commission."), notes on a new version ("(Updates with UBS comment.)") and an embedded post's signature ("— Cal Fire (@CAL_FIRE) November 6, 2024"), which a scraper takes along with the article, a live page's label and timestamps ("Live updates", "12.40 GMT", "Today, 3:40 pm"), a wire's end mark ("(END)"), a translation's note ("Translation of an original article published in French on lemonde.fr; …"), an interview's note that it was edited and a newsletter's offer ("Get our local newsletter, delivered free each Friday", "Thanks for reading! Subscribe for free …"). */
const PAGE_CHROME = /^(?:disclaimer:.{0,300}|(?:this is a )?translation of an (?:original )?article (?:first )?published in \p{L}+\b.{0,200}|this (?:article|story) (?:was|has been) translated from\b.{0,200}|this (?:article|story) was originally (?:written|published) in \p{L}+\.?|this (?:article|story|report) (?:was|has been) (?:written|compiled|prepared|updated) (?:with|using|from) (?:material|reporting|information|reports) from\b.{0,160}|(?:first |originally )?published in (?:the )?\p{L}[\p{L}&'’. ]{0,40},? (?:on )?(?:\p{L}+ \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? \p{L}+),? \d{4}\.?|this (?:interview|conversation|transcript) (?:has been|was) (?:edited and condensed|condensed and edited|(?:lightly )?edited|condensed)\b.{0,80}|(?:get|sign up (?:for|to)|subscribe to) (?:our|the) [^.!?]{0,40}\bnewsletter\b.{0,100}|thanks for reading\b[^.!?]{0,60}[.!]\s*(?:subscribe|share|support)\b.{0,200}|(?:correction|clarification|editor['’]s note):.{0,400}|share via|text size:?|posts? tagged(?: with)?\b.{0,60}|(?:tag|category) archives?\b.{0,60}|add a comment|leave a comment|post a comment|no comments:?|\d+ comments?|enter the correct answer|(?:posted |updated )?(?:\d+ ?|an? )(?:[smhd]|seconds?|minutes?|mins?|hours?|hrs?|days?) ago|this (?:story|article|report|page) (?:has been|was|will be) updated\b[^.!?]{0,100}\.?|this (?:text|story|article|report|page) (?:is )?(?:also )?available in\b.{0,100}|you(?:['’]re| are) receiving this (?:email|newsletter|message)\b.{0,300}|.{0,400}\bfor subscription (?:options|details|information)\.?|unsubscribe(?:\s*[|·]\s*.{0,60})?|cookies on (?:the )?[^.!?]{1,40}|we use (?:some )?(?:essential )?cookies\b.{0,300}|(?:accept|reject) (?:and continue|all(?: cookies)?|(?:additional |optional )?cookies)|(?:manage|change) (?:my )?(?:cookie )?(?:settings|preferences)|let me choose|advertisement|advert|sponsored(?: content)?|(?:story|article) continues (?:below|after)(?: (?:this )?advertisement)?|skip (?:to (?:main )?content|advertisement)|listen to (?:this )?(?:article|story)(?: \d+ min(?:ute)?s?)?|\d+ min(?:ute)?s?(?: read| listen)?|(?:reading )?time to \d+ min(?:ute)?s?\.?|(?:lire|leer|ler) (?:en|em) \p{L}+|read (?:this |it )?in (?:english|french|spanish|portuguese|german|arabic|chinese)|share(?: this)?(?: article| story| page)?|share on \w+|copy link|save(?: (?:this )?(?:article|story))?|print(?: this (?:article|page))?|bookmark|reuse this content|sign up (?:for|to) .{0,60}|sign up here\.?|(?:get|receive|have)\b[^.!?]{0,80}\b(?:to|in|into) your inbox\b[^.!?]{0,60}[.!]?|@\w{2,30}|.{0,60}\bon our\b[^.!?]{0,30}\b(?:facebook|instagram|twitter|x|youtube|tiktok|whatsapp|telegram)\s+(?:page|account|channel|feed)\b.{0,30}|join (?:us|our|\p{Lu}[\p{L}.]*['’]s)\s+(?:on\s+)?(?:whatsapp|telegram|instagram|facebook|youtube|x|twitter|linkedin|google news)\b.{0,100}|press release(?:\s+no\.?\s*[\d/.-]+)?|discuss (?:this )?on (?:hacker news|reddit|twitter|x|facebook)|heard on [^.!?]{1,60}|get involved (?:on|with|via) .{1,80}|(?:#[\p{L}\d_]+\s*){2,}|support us(?: (?:now|today))?|support [^.!?]{1,60}\bjournalism\b[^.!?]{0,80}[.!]?|make a donation[.!]?|donate(?: (?:now|today))?[.!]?|at [^,.!?]{2,40}, we [^.!?]{0,80}\bjournalism\b.{0,200}|(?:[$£€]\s?[\d,.]+|free) at [\p{L}&'’. ]{2,30}|copyright\s+(?:©\s*)?[^.!?]{1,100}\b(?:limited|ltd|inc|llc|plc|group|media|corporation|company)\.?,?\s+(?:19|20)\d\d\b.{0,200}|\(?catch all the\b[^()]{0,200}\)?|download the\b[^.!?]{0,60}\bapp\b.{0,200}|[^.!?]{0,100}\b(?:coverage|reporting|journalism)\b[^.!?]{0,80}\bis (?:supported|funded|made possible) (?:in part )?by (?:a grant|grants)\b.{0,300}|.{0,300}\bis solely responsible for all content\.?|(?:recommended citation|cite this (?:article|story|page)|how to cite(?: this (?:article|story|page))?)\s*:.{0,300}|(?:.{0,300}[.!?]\s+)?consider (?:supporting|donating to|subscribing to)\b[^.!?]{0,60}[.!]?|become a (?:member|subscriber|supporter|patron)(?: (?:today|now))?[.!]?|(?:if|when) you (?:buy|purchase|shop|click)\b[^.!?]{0,100}\b(?:earn|receive|get)\b[^.!?]{0,40}\bcommission\b.{0,200}|.{0,100}\b(?:contains?|includes?) affiliate links\b.{0,200}|note from the (?:author|editor)s?:?|.{0,300}\b(?:consider )?(?:support|supporting|donate to|donating to)\s+(?:our|us)\b[^.!?]{0,40}\b(?:journalism|reporting|newsroom|work)\b[^.!?]{0,60}[.!]?|(?:copyright|©|\(c\))(?:\s*(?:©|\(c\)))?\s*\d{4}\b.{0,300}|©\s*\p{L}[^.!?]{0,80}\.?|[^.!?]{0,100}\ball rights reserved\b.{0,400}|copyright\s+\p{Lu}[\p{L}.&' -]{1,40}\.?|subscribe(?: (?:now|to|for) .{0,60})?|(?:you can )?follow (?:us|\p{Lu}.{0,40}) on .{0,30}|follow \p{Lu}.{0,40}:|(?:follow .{0,60}\.\s+)?send your (?:story ideas|stories|tips|pictures|photos|videos) to:?\s*\S+(?:\s+(?:on|via|or|by)\b.{0,80})?|the bbc is not responsible for the content of external sites\.|\((?:this story|only the headline)[^()]{0,200}\bsyndicated feed\.?\)|for (?:the )?(?:latest|more)\b[^.!?]{0,120}\b(?:head|go|visit|log on)(?: over)?(?: to)? (?:www\.)?[\w-]+\.[a-z.]{2,6}\.?|before it['’]s here, it['’]s on the bloomberg terminal\.?|key events|show key events only|[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}|\((?:updates|adds|recasts|corrects|changes|rewrites|refiles)\b[^()]{0,150}\)|end of list|\(end\)|close(?: (?:this )?(?:menu|window|dialog|panel|ad))?|[∙•·]?\s*(?:paid|premium|(?:paid )?subscribers? only|members? only)|(?:[\p{L}-]+ )?icon|link copied!?|ad feedback|click here to (?:get|download|read|watch|sign up|subscribe|share)\b.{0,60}|share\d+|social sharing|learn more|live reporting|please turn on javascript to use this feature\.?|the views expressed (?:in this (?:article|column|piece) )?are (?:the author['’]s own|those of the author)[^.]*\.?|live(?: updates| blog| coverage)?|(?:(?:updated|posted|published) at |(?:today|yesterday),?\s+)?\d{1,2}[.:]\d{2}(?:\s*(?:GMT|BST|CET|CEST|EST|EDT|UTC|IST|am|pm|a\.m\.|p\.m\.))?)$/iu;
/** A wire's or a site's sign-off and its editors' initials, perhaps with the agencies: "--IANS", "– Rappler.com", "amit/bg", "burs-app/mlr", "MJPS/ST", "ABC/Reuters", "mf/sms (dpa, Reuters)"; a release's number: "(Release ID: 2178342)"; an agency's copyright: "(c) EFE Agency". */
const WIRE_SIGN_OFF = new RegExp(String.raw`^(?:(?:--|—|–)\s*(?:\p{Lu}{2,6}|\p{L}[\p{L}\d-]*${SITE_ADDRESS_ENDING})|(?:[\p{Ll}-]{2,12}(?:\/[\p{Ll}-]{2,12})+|(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,10})(?:\/(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,10}|wires|agencies))+)(?:\s+\([\p{L}, ]{2,60}\))?|\(Release ID: ?\d+\)|\([cC]\)\s+\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})$`, 'u');
/** A comment form's smileys: ":D :lol: :-) ;-) 8)". */
const SMILEY_ROW = /^(?:(?::[a-z]+:?|[:;8]-?[()|*DPOoxX?])\s*){3,}$/;
/** A reference list's label, at a paper's or a wiki's end: "References", "Further reading". */
const REFERENCES_LABEL = /^(?:references|bibliography|further reading|external links|sources|notes and references):?$/i;
/** A press release's notes for the press, which close it: "Notes to editors", "About Roche", "About the author". */
const NOTES_TO_EDITORS = /^(?:(?:[Nn]otes?|[Ii]nformation) (?:to|for) [Ee]ditors|About the [Aa]uthors?|About \p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,4}):?$/u;
/** A live page's summary, whose points are written as headlines: "Summary", "Key points:". */
const SUMMARY_LEAD = /^(?:summary|key points|in brief|at a glance|what we know(?: so far)?|key developments):?$/i;
/** A sentence that introduces the article's own list ("Here's how the company did versus LSEG consensus estimates:"), not links to others. */
const introducesList = (line: string) => wordCount(line) >= 6 && line.endsWith(':') && !/\b(?:read|stories|articles|coverage|links?|interested|recommended|related|also)\b/i.test(line);
/** A sentence's end, inside a closing quote too ("… circumstances.'"); a headline may end in a quoted word ("plan is 'working'", "could meet ‘within weeks’"). */
const TERMINAL_PUNCTUATION = /[.!?:;,")…]$|[.!?,…]['”’]$/;
/** An outlet and where its writer files from, under a byline: "BBC News, Accra", "BBC News, West of England". */
const OUTLET_AND_PLACE = /^(?:The )?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}, \p{Lu}[\p{L}'’.-]*(?: (?:of |and )?\p{Lu}[\p{L}'’.-]*){0,2}$/u;
/** A news agency's name, alone on a line under a byline. */
const NEWS_AGENCY = /^(?:The )?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg(?: News)?|PA Media|Press Association|Kyodo News|Xinhua|Yonhap|ANI|PTI|IANS|EFE|dpa|CNN|BBC News)$/;
/** A wire's slug or a section's label before its headline, no part of the title: "UPDATE 2-", "EXCLUSIVE-", "(LEAD) ", "Opinion | ". */
const WIRE_SLUG = /^(?:(?:Opinion|Analysis|Comment|Commentary|Editorial|Explainer|Review|Interview|Feature|Perspective)\s+\|\s+|(?:UPDATE \d+|EXCLUSIVE|CORRECTED|RPT|REFILE|ANALYSIS|FACTBOX|EXPLAINER|WRAPUP \d+|INSIGHT|BREAKINGVIEWS)\s?-\s?|\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|News Focus|News Analysis|Yonhap Interview)\)\s+)(?=\S)/;
/** A paragraph of prose, not a label or a headline: a sentence of eight words or more. */
const isProse = (line: string) => wordCount(line) >= 8 && /[.!?"”’]$/.test(line);
/** The words of a line or a sentence. */
const wordCount = (line: string) => line.split(/\s+/).filter(Boolean).length;
const MAX_HEADLINE_WORDS = 20;
const MAX_FIRST_HEADLINE_WORDS = 30;
/** A date labelled as the page's update, not its publication: "Updated - November 15, 2025". */
const UPDATED_LABEL = /^\s*(?:last\s+)?updated\b/i;

/** Lines a dateline may open the body within: a title, a byline and a scraped audio player come first. */
const DATELINE_LINES = 6;
/** A label over the page's date, on a line of its own: "Article Publication Date", "Release date:". */
const DATE_LABEL_LINE = /^(?:\p{L}+\s+)?(?:publication|release|published|posted|posting)\s+date:?$/iu;

/** Lines of the body as spans, blank lines and surrounding whitespace left out. */
export function bodyLines(text: string, from: number): Span[] {
  const lines: Span[] = [];
  const pattern = /[^\n]+/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (!trimmed) continue;
    const start = match.index + leading;
    lines.push({ start, end: start + trimmed.length });
  }
  return lines;
}

/** `[start, end)` without surrounding whitespace, or null when nothing is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  const part = text.slice(start, end);
  const leading = part.length - part.trimStart().length;
  const kept = part.trim();
  return kept ? { start: start + leading, end: start + leading + kept.length } : null;
}

/** A sentence ending inside the line ("… in mind. Charles Bolden, NASA Administrator"): prose, not a headline. A word all in lower case before the stop tells it from "U.S." or "Mrs.". */
const SENTENCE_INSIDE = /(?:^|\s)\p{Ll}{2,}[.!?]["”’]?\s+(?:[—–-]\s*)?\p{Lu}/u;

/** Headline shape: short, starts with a capital or digit, no closing punctuation, no sentence ending inside. */
export function isHeadlineShaped(line: string, maxWords = MAX_HEADLINE_WORDS): boolean {
  const words = wordCount(line);
  return words <= maxWords && /^[\p{Lu}\d‘'“"]/u.test(line) && !TERMINAL_PUNCTUATION.test(line) && !SENTENCE_INSIDE.test(line);
}

/** A link's lead run into the headline it links to: "Read more Subscribers only Budget 2027: What's in the plan". */
const LINK_LEAD_BEFORE_HEADLINE = /^(?:read more|also read|read also|see also)\s+\p{Lu}/iu;

/** A row of links set apart by bars: "PHOTOS: Top nominees | Ballot | Snubs | Concert | Complete list". */
const isLinkRow = (line: string) => {
  const items = line.split(/\s+\|\s+/);
  // Not a byline's row: "By ZHANG YUNBI | China Daily | Updated: 2026-11-23 21:05".
  return items.length >= 3 && items.every((item) => wordCount(item) <= 5) && !TERMINAL_PUNCTUATION.test(line) && !/^By\s/i.test(line) && !findDateline(line);
};

/** Another story's headline after its section's label and a bar: "Explainer | What is the Northern Metropolis and why does it matter?". */
const LABELLED_HEADLINE = /^(?!By\b)\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2} \| (\p{Lu}[^|]+)$/u;
const isLabelledHeadline = (line: string) => {
  const headline = LABELLED_HEADLINE.exec(line)?.[1];
  // Not a dateline after where it was filed: "New Delhi | Updated: November 23, 2026 21:14 IST".
  return headline !== undefined && wordCount(headline) >= 4 && isHeadlineShaped(headline.replace(/\?$/, '')) && !findDateline(headline);
};

/** A line of the body with what its shape says: the furniture it is, if any, and whether it reads as a headline. */
interface LineShape {
  span: Span;
  line: string;
  furniture: RemovalReason | null;
  headline: boolean;
}

function furnitureReason(line: string): RemovalReason | null {
  if (LINK_LEAD.test(line) || BARE_LINK_LEAD.test(line) || isLinkRow(line) || isLabelledHeadline(line) || (LINK_LEAD_BEFORE_HEADLINE.test(line) && !TERMINAL_PUNCTUATION.test(line)) || ADDRESS_LINE.test(line)) return 'related-link';
  if ((OPENS_IN_NEW_WINDOW.test(line) && wordCount(line) <= MAX_LINK_WORDS) || (BRACKETED_LINK.test(line) && line.length < 200)) return 'external-link';
  if ((IMAGE_CREDIT.test(line) && wordCount(line) <= 12) || PHOTO_FROM_SITE.test(line) || (CAPTION.test(line) && wordCount(line) <= 60) || PICTURE_BY.test(line)) return 'image-credit';
  // A line with no word at all: a dash a page sets apart ("CNN\n — \n"), a row of stars, a comment form's smileys.
  if (PAGE_CHROME.test(line) || !/[\p{L}\d]/u.test(line) || SMILEY_ROW.test(line) || WIRE_SIGN_OFF.test(line)) return 'page-chrome';
  if ((BYLINE.test(line) && wordCount(line) <= 14) || BYLINE_BEFORE_DATE.test(line) || BYLINE_WITH_ROLE.test(line)) return 'byline';
  // What stands before a dateline's label, the date split off: "Virendra FOLLOW TOP CONTRIBUTOR News Published".
  if (/\b(?:Published|Updated|Posted)(?: on)?:?$/i.test(line) && wordCount(line) <= 8) return 'byline';
  if (CREDITS.test(line) || REPORTED_FROM.test(line) || RELEASE_SOURCE.test(line) || FROM_LABEL.test(line)) return 'byline';
  if (CONTACT_LABEL.test(line) || CONTACT_DETAIL.test(line)) return 'contact';
  return null;
}

/**
 * Sorts the body's lines. A leading headline-shaped line is the title when the article has none;
 * a date standing alone near the top, before any paragraph, is its dateline.
 */
/** A writer's address in brackets after a paragraph's last sentence, as the Korea Herald signs: "… small suppliers. (jhson@heraldcorp.com)". */
const WRITERS_EMAIL_AFTER = /(?<=[.!?"”’])\s+\([\w.+-]+@[\w-]+(?:\.[\w-]+)+\)$/u;

/** A line, and the writer's address after it as a line of its own. */
function apartFromWritersEmail(text: string, span: Span): Span[] {
  const email = WRITERS_EMAIL_AFTER.exec(text.slice(span.start, span.end));
  if (!email) return [span];
  const emailStart = span.start + email.index + email[0].length - email[0].trimStart().length;
  return [{ start: span.start, end: span.start + email.index }, { start: emailStart, end: span.end }];
}

export function cleanArticle(article: Article): Article {
  const { text, original } = article;
  const lines = bodyLines(text, article.bodyStart).flatMap((span) => apartFromWritersEmail(text, span));
  const removed: Removed[] = [...article.removed];
  const blocks: Block[] = [];
  let { title, date, dateSource } = article;
  const remove = (span: Span, reason: RemovalReason) =>
    removed.push({ start: span.start, end: span.end, text: original.slice(span.start, span.end), reason });

  const datelines = new Map<Span, string>();
  let datedByUpdate = false;
  // A page's leading controls and menu labels ("Accept and continue", "Home", "News") come before the lines a dateline may be among.
  const leadingLabels = lines.findIndex((span) => {
    const line = text.slice(span.start, span.end);
    return !furnitureReason(line) && !(isHeadlineShaped(line) && wordCount(line) <= 3);
  });
  // A page's chrome may run longer (a writer's card, their latest stories): the lines before the first paragraph of prose are the header still.
  const bodyOpens = lines.findIndex((span, index) => index > 0 && isProse(text.slice(span.start, span.end)));
  const spans = lines.flatMap((span, index) => {
    if (index - Math.max(0, leadingLabels) >= DATELINE_LINES && index >= bodyOpens) {
      // A date labelled as the page's own may come at its end too ("First Published: 14 Jan 2025, 08:15 AM IST").
      // Or under a label of its own line: "Article Publication Date", then "14-Apr-2026".
      const labelAbove = index > 0 && DATE_LABEL_LINE.test(text.slice(lines[index - 1]!.start, lines[index - 1]!.end));
      const labelLength = labelAbove ? 0 : DATE_LABEL_OPENING.exec(text.slice(span.start, span.end))?.[0].length;
      const found = labelLength !== undefined && findDateline(text.slice(span.start + labelLength, span.end));
      if (found) datelines.set(span, found.value);
      return [span];
    }
    const found = findDateline(text.slice(span.start, span.end));
    if (!found) return [span];
    // "Published On 12 Feb 2025": the label is the dateline's own.
    const labelled = DATE_LABEL_ALONE.test(text.slice(span.start, span.start + found.start));
    const dateSpan = { start: labelled ? span.start : span.start + found.start, end: span.start + found.end };
    datelines.set(dateSpan, found.value);
    const before = trimmed(text, span.start, dateSpan.start);
    const after = trimmed(text, dateSpan.end, span.end);
    return [before, dateSpan, after].filter((part): part is Span => part !== null);
  });
  const shapes = spans.map((span, index): LineShape => {
    const line = text.slice(span.start, span.end);
    // The page's own headline under its section's label, not another story's: "Opinion | Europe cannot outsource its security".
    const ownHeadline = index === 0 && WIRE_SLUG.test(line);
    return { span, line, furniture: ownHeadline ? null : furnitureReason(line), headline: isHeadlineShaped(line.replace(WIRE_SLUG, '')) };
  });
  // Names under a contacts' label, before their details, are a contact's: "Media Contacts", "WHO Media Team", "World Health Organization", "Email: …".
  const contactName = (shape: LineShape) => !shape.furniture && shape.headline && wordCount(shape.line) <= 4;
  shapes.forEach((shape, index) => {
    const names = shapes.slice(index, index + CONTACT_NAME_LINES + 1);
    const detailAt = names.findIndex((later) => later.furniture === 'contact');
    const between = shapes[index - 1]?.furniture === 'contact' && detailAt > 0 && names.slice(0, detailAt).every(contactName);
    if (between) shape.furniture = 'contact';
    // The writer's role under a byline is the byline's: "By Andrew Benson", "Chief F1 writer at Interlagos";
    // so is who published it, under a "From:" of its own line.
    const above = shapes[index - 1];
    // A publisher's name under its label may end in a stop: "Acme Robotics, Inc.".
    const publisher = FROM_LABEL.test(above?.line ?? '') && (shape.headline || wordCount(shape.line) <= 8);
    // Or where the outlet reports from: "BBC Sport at the Aviva Stadium"; or the agency the writer works for
    // alone ("The Associated Press"), or the outlet and where the writer files from ("BBC News, Accra").
    const bylineBelow = above?.furniture === 'byline' && (publisher || (shape.headline && ((wordCount(shape.line) <= 8 && (JOURNALIST_ROLE.test(shape.line) || REPORTING_AT.test(shape.line))) || NEWS_AGENCY.test(shape.line) || OUTLET_AND_PLACE.test(shape.line))));
    // A writer's name over their role, with no "By", though of dictionary words: "Jack Horgan-Jones", then "Political Editor".
    const roleBelow = shapes[index + 1];
    // Or over the outlet and where they file from: "Jo Black", then "BBC News, West of England".
    const nameOverRole = WRITERS_NAMES.test(shape.line) && roleBelow !== undefined && roleBelow.headline && wordCount(roleBelow.line) <= 5
      && (JOURNALIST_ROLE.test(roleBelow.line) || NEWS_AGENCY.test(roleBelow.line) || (OUTLET_AND_PLACE.test(roleBelow.line) && /\bNews\b/.test(roleBelow.line)));
    // (What looks like a link's line, an outlet's name and a place, is the byline's under one.)
    if ((!shape.furniture || (shape.furniture === 'related-link' && bylineBelow)) && (bylineBelow || nameOverRole)) shape.furniture = 'byline';
  });

  const underIntroduction = (index: number): boolean => {
    for (let earlier = index - 1; earlier >= 0; earlier -= 1) {
      if (SUMMARY_LEAD.test(shapes[earlier]!.line) || introducesList(shapes[earlier]!.line)) return true;
      if (TERMINAL_PUNCTUATION.test(shapes[earlier]!.line) || shapes[earlier]!.furniture) return false;
    }
    return false;
  };
  // The lines removed as links, by index: a link's date may follow one.
  const linkAt = new Set(shapes.flatMap((shape, index) => (shape.furniture === 'related-link' ? [index] : [])));
  const linksUnderLead = new Set<number>();
  const removeLink = (index: number) => {
    linkAt.add(index);
    remove(shapes[index]!.span, 'related-link');
  };
  // A paper's reference list closes the page, from its label on: "References", then "Griffiths, M. L. et al. Nature 651 (2026).";
  // so do a press release's notes to editors.
  const referencesAt = shapes.findLastIndex((shape) => REFERENCES_LABEL.test(shape.line));
  const notesAt = shapes.findLastIndex((shape) => NOTES_TO_EDITORS.test(shape.line));
  shapes.forEach((shape, index) => {
    const { span, line } = shape;
    if (shape.furniture) return remove(span, shape.furniture);
    if (referencesAt > shapes.length / 2 && index >= referencesAt) return removeLink(index);
    if (notesAt >= 3 && notesAt > shapes.length / 3 && index >= notesAt) return remove(span, 'page-chrome');
    const dateline = datelines.get(span);
    if (dateline) {
      // The date a page was published outweighs the date it was updated, wherever each stands.
      const updated = UPDATED_LABEL.test(line);
      if (!date || (dateSource === 'dateline' && datedByUpdate && !updated)) {
        date = dateline;
        dateSource = 'dateline';
        datedByUpdate = updated;
      }
      if (!blocks.every((block) => block.kind === 'title')) return remove(span, 'date-marker');
      return blocks.push({ ...span, kind: 'dateline' });
    }
    // A headline may ask: "Q&A: What does the new EU AI Act mean for businesses?".
    const question = line.endsWith('?') && isHeadlineShaped(line.slice(0, -1));
    // The first headline opens the page, after any menu and section labels ("Menu", "World", "Europe")
    // and the page's date ("Thursday, 11 August 2022").
    const afterMenu = index < DATELINE_LINES + 4 && wordCount(line) >= 4 && shapes.slice(0, index).every((earlier) => earlier.furniture || datelines.has(earlier.span) || (earlier.headline && wordCount(earlier.line) <= 3));
    // The page's first line may be a long headline, a quote and its speaker: "ISL 2019-20: 'To end 2019 at the top … is a great achievement,' says Goa assistant coach Tato".
    // Or two, the second with no stop: "The budget was meant to fix Britain's finances. It has fixed nothing"
    // (not a pull quote signed by its speaker: "… was suppressive. Valeska Paris").
    const parts = line.split(/(?<=[.!?])\s+/);
    const longHeadline = index === 0 && (isHeadlineShaped(line, MAX_FIRST_HEADLINE_WORDS)
      || (parts.length === 2 && wordCount(line) <= MAX_FIRST_HEADLINE_WORDS && !TERMINAL_PUNCTUATION.test(line) && /\s\p{Ll}/u.test(parts[1]!) && parts.every((part) => isHeadlineShaped(part.replace(/[.!?]$/, '')))));
    // A section's name above the headline, and perhaps the date, is no title: "International", then "Death toll in Philippines flash flood rises to 15";
    // nor is a menu's first label above others: "Menu", "World", "Business", then the headline.
    const next = shapes.slice(index + 1).find((later) => !datelines.has(later.span) && !(later.headline && wordCount(later.line) <= 3));
    const sectionLabel = wordCount(line) <= 2 && next !== undefined && !next.furniture && next.headline && wordCount(next.line) >= 4 && shapes.indexOf(next) - index <= DATELINE_LINES;
    if ((shape.headline || question || longHeadline) && !title && blocks.every((block) => block.kind === 'dateline') && shapes.length > 1 && ((index === 0 && !sectionLabel) || afterMenu)) {
      title = line.replace(WIRE_SLUG, '');
      const slug = trimmed(text, span.start, span.end - title.length);
      if (slug) remove(slug, 'page-chrome');
      return blocks.push({ start: span.end - title.length, end: span.end, kind: 'title' });
    }
    // A headline, a question one too, under a related-links lead with no link of its own ("Read
    // more:", "More on this story") is one of the links.
    const previousLine = shapes[index - 1];
    // So are the headlines after it: "Man charged after …", then "Why are there so many storms this year?".
    const bareLead = previousLine !== undefined && linkAt.has(index - 1) && (/[:|–—-]\s*$/.test(previousLine.line) || BARE_LINK_LEAD.test(previousLine.line) || linksUnderLead.has(index - 1));
    if ((question || shape.headline) && bareLead) {
      linksUnderLead.add(index);
      return removeLink(index);
    }
    // A teaser cut short under a link is the link's: "Lapses by Bandra police … enabling…".
    if (linkAt.has(index - 1) && /(?:…|\.\.\.)(?:\s*Read More)?$/i.test(line)) return removeLink(index);
    // "Published 2 June" under a link is the link's date.
    if (linkAt.has(index - 1) && DATE_LABEL_OPENING.test(line) && wordCount(line) <= 6) return removeLink(index);
    if (SUMMARY_LEAD.test(line) && index < shapes.length - 1) return blocks.push({ ...span, kind: 'heading' });
    // A short question alone before prose heads it, as an explainer's do ("Who does it apply to?", "1. Is milk safe to drink?"),
    // unless someone asks it ("Wikinews: What gives you hope?").
    if (question && wordCount(line) <= 12 && !/[:.]\s/.test(line.replace(/^\d{1,2}[.)]\s+/, '')) && shapes[index + 1] !== undefined && !shapes[index + 1]!.headline && !shapes[index + 1]!.furniture) return blocks.push({ ...span, kind: 'heading' });
    // A summary's points, or a list a sentence of the article introduces, are the article's, not links, however like headlines they read.
    if (shape.headline && underIntroduction(index)) return blocks.push({ ...span, kind: 'paragraph' });
    const neighbours = [shapes[index - 1], shapes[index + 1]].filter((other): other is LineShape => other !== undefined && !other.furniture);
    // A label by the page's date is the page's: the site's name ("ABC NEWS"), the dateline's place ("ANKARA");
    // persons' names there are the writers': "Ng Wei Kai" above "Published Nov 23, 2026", "Dan Primack, Ina Fried".
    // So are they right under the title: "Larry Elliott".
    const byDate = shape.headline && neighbours.some((other) => datelines.has(other.span));
    const underTitle = blocks.length === 1 && blocks[0]!.kind === 'title' && shapes[index - 1]?.span.end === blocks[0]!.end;
    if ((byDate || underTitle) && isWritersNames(line)) return remove(span, 'byline');
    if (byDate && wordCount(line) <= 3) return remove(span, 'page-chrome');
    // A headline-shaped line under the title is its standfirst ("Scientists say drought … towards becoming savannah").
    if (shape.headline && underTitle) return blocks.push({ ...span, kind: 'paragraph' });
    if (shape.headline) {
      if (neighbours.some((other) => other.headline && !datelines.has(other.span))) return removeLink(index);
      if (index > 0 && index < shapes.length - 1) return blocks.push({ ...span, kind: 'heading' });
    }
    blocks.push({ ...span, kind: 'paragraph' });
  });
  // A label of a word or three with nothing of the article under it is the page's: the agency's sign-off ("ANI") above its links.
  const lastBlock = blocks.at(-1);
  if (lastBlock?.kind === 'heading' && wordCount(text.slice(lastBlock.start, lastBlock.end)) <= 3) {
    blocks.pop();
    remove(lastBlock, 'page-chrome');
  }
  // A column's last paragraph may say who its author is ("Martin Wolf is chief economics commentator at the Financial Times."): a byline's.
  // So may the first, under the byline ("Adam Teicher covers the Kansas City Chiefs for ESPN.").
  const authors = removed.filter((line) => line.reason === 'byline').flatMap((line) => BYLINE_NAMES.exec(line.text)?.[1]!.split(/\s+and\s+/) ?? (WRITERS_NAMES.test(line.text) ? writersOf(line.text) : []));
  for (const note of new Set([blocks.at(-1), blocks.find((block) => block.kind === 'paragraph')])) {
    if (note?.kind === 'paragraph' && authors.some((author) => isAuthorNote(text.slice(note.start, note.end), author))) {
      blocks.splice(blocks.indexOf(note), 1);
      remove(note, 'byline');
    }
  }

  // A link's note inside a paragraph goes, and matching reads spaces in its place (offsets stay).
  let matchable = text;
  for (const block of blocks) {
    for (const note of text.slice(block.start, block.end).matchAll(LINK_NOTE)) {
      const start = block.start + note.index;
      remove({ start, end: start + note[0].length }, 'external-link');
      matchable = matchable.slice(0, start) + ' '.repeat(note[0].length) + matchable.slice(start + note[0].length);
    }
  }
  removed.sort((a, b) => a.start - b.start);
  return { ...article, text: matchable, title: title || deriveTitle(matchable, blocks), date, dateSource, blocks, removed };
}

const CLAUSE_BREAK = /,? (?:according to|as|amid|while|after|before|despite|which|who|where|when|following|in the coming|because|but|with)\b|[;:–—]/g;
const TITLE_WORDS = 20;

/** A title for an article without one: its first sentence, cut at a clause break if long. */
export function deriveTitle(text: string, blocks: Block[]): string {
  const first = blocks.find((block) => block.kind === 'paragraph') ?? blocks[0];
  if (!first) return 'Untitled briefing';
  // Text removed from within the paragraph is blank in `text`: the gap closes up.
  const paragraph = text.slice(first.start, first.end).replace(/\s+(?=[,.;:!?])|(?<=\s)\s+/g, '');
  const sentence = (new Intl.Segmenter('en', { granularity: 'sentence' }).segment(paragraph)[Symbol.iterator]().next().value?.segment ?? paragraph)
    .trim()
    .replace(/[.!?]+$/, '');
  if (wordCount(sentence) <= TITLE_WORDS) return sentence;
  let cut = -1;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const words = wordCount(sentence.slice(0, match.index));
    if (words >= 6 && words <= TITLE_WORDS) cut = match.index;
  }
  if (cut > 0) return sentence.slice(0, cut).trim();
  return `${sentence.split(/\s+/).slice(0, TITLE_WORDS).join(' ')}…`;
}
