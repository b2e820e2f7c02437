import type { PhraseRule } from "../../types";

/** Numbers that make a volume large; the number pattern cannot compare, so they are listed. */
const MANY = "8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|100|110|120|130|140|150|160|170|180|190|200|210|220|230|240|250|260|270|280|290|300|350|400|450|500|600|700|800|900|1000|1200|1500|2000";

/** A very short window: "in the next two days", "within 48 hours". */
const DAYS_SOON = "(two|three|#num|a couple of|a single|one|a few|the next two|the next three|the next #num|the next couple of|the next few) (days|day|hours)";

/** A near date anywhere in the message: what turns a large volume into overload. */
const NEAR_DATES: readonly string[] = [
  "(by|before|until) (tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of (the|next)? (day|week)|end of (the)? (day|week)|eod|the weekend|the morning|first thing|the (sale|launch|event|fair|trade fair|show|conference|opening|open day|relaunch|deadline|audit|tax return))",
  `(in|within) ${DAYS_SOON}`,
  "(needs|need|has|have) to (be|go) (done|finished|ready|live|in|out|sorted) (this week|next week|tomorrow|today|by)",
  "(before|for) the (sale|launch|event|fair|trade fair|opening|open day|relaunch) (starts|opens|on|next week|this week)",
  "(need|needs|want|wants|'d like) ... (by|before|for|until|on) (tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|next week|the weekend)",
];

/** Deliverables a client may list in one breath. */
const DELIVERABLE =
  "(page|pages|pricing page|banner|popup|pop-up|footer|header|newsletter|newsletters|blog post|blog posts|blogs|article|articles|brochure|flyer|flyers|poster|posters|banner|banners|landing page|landing pages|social posts|posts|reels|stories|video|videos|slides|deck|presentation|report|reports|logo|business cards|letterhead|website|homepage|email|emails|campaign|campaigns|ads|adverts|press release|catalogue|catalog|menu|mock-ups|mockups|product descriptions|listings|captions|thumbnails|translations|translation|invoices|bookkeeping|payroll|tax return|spreadsheet|dashboard|onboarding|export|redesign|case study|case studies|podcast|edit|edits|templates|social media templates|price list|manual|guide)";

/** Jobs listed as a to-do list reads: "go through my inbox, set up filters, book my flights and sort the rota". */
const TASK_VERB =
  "(go through|set up|book|sort|sort out|update|fix|redo|redesign|design|create|build|edit|prepare|draft|translate|upload|migrate|clean up|tidy up|organise|organize|schedule|reconcile|research|format|proofread|rewrite|write|shoot|retouch|record|file|answer|reply to|chase|order|cancel|reorganise|reorganize|move|transcribe|subtitle)";

/**
 * A pile of work named in one sentence: three deliverables, or a large count of items.
 * The pressure rules stay quiet on it, because short notice that comes with a pile is
 * capacity.overload (see the annotation guide of the labelled set).
 */
export const PILE: readonly string[] = [
  `${DELIVERABLE} ... ${DELIVERABLE} ... ${DELIVERABLE}`,
  `(${MANY}) (products|pages|posts|videos|photos|articles|emails|listings|descriptions|slides|invoices|receipts|documents|files|items|tickets|bugs|designs|banners|entries|contracts|translations|chapters)`,
];

/** Large volumes of work dropped at once, often on short notice. */
export const CAPACITY_RULES: readonly PhraseRule[] = [
  {
    id: "en.capacity.overload.many-tasks",
    signal: "capacity.overload",
    language: "en",
    severity: 2,
    patterns: [
      `(${MANY}|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a dozen|dozens of|a bunch of|a ton of|tons of|loads of|a load of|heaps of|a heap of|a pile of|a stack of|a mountain of|a long list of|a big list of|a huge list of|a whole list of|a whole bunch of|hundreds of) (more|new|additional|extra|urgent|small|quick|little|different|other|open|outstanding)? (tasks|items|to-dos|todos|things|jobs|requests|tickets|assignments|posts|articles|pages|deliverables|emails|calls|bugs|listings|graphics|videos|designs|documents|reports|blog posts|blogs|social posts|instagram posts|product descriptions|product listings|product photos|landing pages|newsletters|reels|slides|translations|invoices|receipts|contracts|banners|ads|photos|images|transactions|entries|files|presentations|decks|proposals|case studies|templates|flyers|brochures|mockups|mock-ups|screens|edits|corrections|changes|captions|thumbnails|subtitles|chapters|interviews|transcripts|spreadsheets|mailings|campaigns|product pages|pages of copy)`,
      "(a few|a couple of|a couple|some|several|lots of|a lot of|many|plenty of|more|a few more|some more|several more|#num more|#num new|#num extra) (more|new|extra|additional)? (things|tasks|items|to-dos|todos|jobs|requests|tickets) (on|to|for|onto|into) (the|your|my|our|this week's|today's|tomorrow's|monday's)? (list|plate|pile|board|sheet|queue|backlog|to-do list|todo list|tracker)",
      // "Attached are 25 product pages that need writing by Thursday": a count of anything, attached, with a near date.
      `(attached|here are|here's|below are|I've (sent|uploaded|attached|added|put|shared|dropped)|we've (sent|uploaded|attached|added|put|shared|dropped)|find attached|in the folder|in the shared folder) ... (${MANY}|a dozen|dozens|twenty|thirty|forty|fifty|a hundred|hundreds) ... (by|before|until|for) (tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the morning|end of (the)? (day|week)|eod|this week|first thing)`,
      "(added|adding|add|put|putting|dumped|dumping|threw|thrown|put in|dropped|dropping|loaded|loading|piled|attached|included|listed|uploaded|uploading) (a|#num|some|a few|several|more|lots|another|a bunch|a load|a list|the list|all the|many|loads|a ton|a further) ... (tasks|items|things|to-dos|todos|tickets|requests|jobs|cards|products|listings|pages|posts|rows|entries|articles|photos|images|videos|emails|documents)",
      "(here are|here's|here is|these are|below are|attached are|attached is|find attached|list of) (the|my|our|a|your)? (#num|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|all the|a few|the new|the next|this week's|today's|tomorrow's|monday's) (tasks|items|to-dos|todos|things|jobs|requests|tickets|priorities|assignments)",
      "(two|three|four|five|six|#num) (years'|years|year's|months'|months|quarters'|quarters) (worth)? (of)? (receipts|invoices|bookkeeping|accounts|paperwork|statements|bank statements|expenses|emails|footage|photos|content|posts|transactions) ... (by|before|until|for) (tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the morning|end of (the)? (day|week)|eod|this week|next week|first thing|the deadline)",
      // "two years of receipts in a shoebox, and the tax return is due next Friday": the filing named, then its near date.
      "(two|three|four|five|six|#num) (years'|years|year's|months'|months|quarters'|quarters) (worth)? (of)? (expense|old|business|paper|unsorted)? (receipts|invoices|bookkeeping|accounts|paperwork|statements|bank statements|expenses|transactions) ... (tax return|return|vat return|self-assessment|filing|accounts|audit|deadline|submission) ... (due|due on|due by|by|before|until|goes in|has to go in|needs to go in|has to be in|must be in) (next|on)? (tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the morning|end of (the)? (day|week)|eod|this week|next week|first thing)",
    ],
    // A number of photos or pages alone is not a pile of work: it needs a date, an urgency or "more".
    requires: ["(by|before|until|today|tonight|tomorrow|this week|next week|end of|eod|asap|urgent*|need|needs|due|deadline|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|afternoon|another|more|additional|extra|also|on top|list|board|plate|queue|backlog|open|outstanding|remaining|pending|new|sprint)"],
    unless: ["(done|completed|finished|ticked off|closed) (all|the|#num|these)", "(you|you've|you have) (done|completed|finished|closed|fixed)", "(quote|estimate|quotation|how much|what would it cost|pricing|your rate for)", "(pick|choose|select) (the|your|a few|some|whichever|any|one|two|three) ... (best|favourite|favorite|you like|you think)", "(agenda|to discuss|questions for|topics for)"],
    note: {
      en: "A pile of work at once. Say what fits and when; the rest can wait or go to a colleague.",
      de: "Ein Berg Arbeit auf einmal. Sagen Sie, was wann passt; der Rest kann warten oder an Kollegen gehen.",
    },
    examples: {
      flag: ["We only just dug out three years of expense receipts from the loft, and the self-assessment has to go in on Friday.", "Here are three years' worth of bank statements, they all need reconciling by Monday.", "I've attached 25 product pages that need writing by Thursday.", "There's quite a lot this week, I'm afraid: ten presentations for the board meeting on Wednesday.", "Attached are 45 product descriptions for Monday.", "Here are the next 12 blog posts for this week.", "I've just added another 30 products to the sheet.", "Dropping 250 new products into the shared drive, they all need photos resized plus titles, tags and descriptions before the sale goes live on Monday.", "Here are 10 tasks for Monday.", "I've added 15 items to the board.", "A few more things on the list for this week.", "We have a long list of tasks for tomorrow."],
      pass: ["We've kept two years of receipts in the archive box, just so you know.", "Our accounts for the last two years are in good shape, the next tax return is due in January.", "You closed 12 tickets last week, thanks!", "I have a few things to discuss on our call.", "I've added a few things for the agenda of Thursday's call.", "Attached are the 12 photos from the event."],
    },
  },
  {
    id: "en.capacity.overload.list-by-date",
    signal: "capacity.overload",
    language: "en",
    severity: 2,
    patterns: [`${DELIVERABLE} ... ${DELIVERABLE} ... ${DELIVERABLE} ... ${DELIVERABLE}`, `${TASK_VERB} ... ${TASK_VERB} ... ${TASK_VERB} ... ${TASK_VERB}`],
    requires: ["(tomorrow|tonight|today|this week|by monday|by tuesday|by wednesday|by thursday|by friday|before monday|before friday|end of (the)? (day|week)|eod|first thing|next two days|next couple of days|48 hours|24 hours|asap)"],
    unless: ["(thanks|thank you|great job|well done|loved|love|kudos)", "(I'll|we'll|I will|we will|I'm|we're|I am|we are) (send|sending|deliver|delivering|share|sharing|upload|uploading|give|giving|forward|forwarding)", "(you|you've|you have) (sent|delivered|finished|done|completed)", "(quote|estimate|quotation|how much|pricing for|over the next (few)? (weeks|months)|no rush)"],
    note: {
      en: "Many deliverables at once by a near date: a capacity question, not just a to-do list.",
      de: "Viele Leistungen auf einmal bis zu einem nahen Termin: eine Frage der Kapazität, nicht nur eine To-do-Liste.",
    },
    examples: {
      flag: ["Could you answer the supplier emails, update the stock sheet, book the van and chase the unpaid invoices, all today?", "Today if possible: reconcile March, file the receipts, set up the new payroll and draft the VAT return.", "Here's the list for tomorrow: update the pricing page, write five product emails, redo the homepage banner, fix the footer and set up the sale popup.", "Here's the list for this week: newsletter, 4 blog posts, the brochure redesign, social posts for the month and the new landing page."],
      pass: ["We'll send the logo, the photos, the copy and the brochure text by Friday.", "I'll book the room, set up the call, update the agenda and send the invite today.", "Thanks for going through the inbox, setting up the filters, booking the flights and sorting the rota this week!", "Thanks for the newsletter, the blog posts, the flyer and the banners this week!"],
    },
  },
  {
    id: "en.capacity.overload.many-by-date",
    signal: "capacity.overload",
    language: "en",
    severity: 2,
    patterns: [
      // "all 40 interview videos", "180 products … before Monday": a count with words in between, held to a near date.
      `(all|all of the|the whole|every one of the|each of the|over|more than|around|about|roughly|nearly|almost) (${MANY}|a hundred|hundreds of|dozens of) ... (by|before|until) (tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|monday's|tuesday's|wednesday's|thursday's|friday's|the end of the (day|week)|end of (day|week)|eod|the weekend|the morning|first thing|next week|the (sale|launch|event|fair|trade fair|show|conference|demo|pitch|opening|meeting|relaunch))`,
      `(all|all of the|the whole|every one of the|each of the|over|more than|around|about|roughly|nearly|almost) (${MANY}|a hundred|hundreds of|dozens of) ... (in|within) ${DAYS_SOON}`,
      `(${MANY}) (products|pages|posts|videos|photos|articles|emails|listings|descriptions|slides|invoices|receipts|documents|files|items|tickets|bugs|designs|banners|entries|contracts|translations|sites|websites|briefs|blog briefs|scripts|episodes|chapters) ... (by|before|until) (tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|monday's|tuesday's|wednesday's|thursday's|friday's|the end of the (day|week)|end of (day|week)|eod|the weekend|the morning|first thing|the (sale|launch|event|fair|trade fair|show|conference|opening|relaunch))`,
      // "redo the signage for all four shops in one go": the same job several times over, at once.
      "(all|each of|every one of) (our|the|my|your)? (three|four|five|six|seven|eight|nine|ten|twelve|#num) (shops|stores|branches|locations|sites|websites|brands|restaurants|offices|venues|salons|clinics|cafes|cafés|hotels|outlets|client sites|accounts|channels|languages|markets|conferences|events) ... (in one go|all at once|simultaneously|in one hit)",
      "(take on|take over|handle|cover|look after|absorb|pick up) (all|the whole|the entire|the rest of) (of)? (her|his|their|the other|our other|a colleague's|my colleague's)? (clients|accounts|projects|workload|tasks|work|inbox|customers|portfolio|caseload)",
      // "Can you take over all five of our social accounts from tomorrow?": several at once, at a day's notice.
      "(take on|take over|handle|cover|look after|pick up|manage|run) (all|every one of|each of) (#num|two|three|four|five|six|seven|eight|nine|ten|twelve) (of)? (our|my|the|her|his|their)? ... (accounts|channels|clients|projects|inboxes|mailboxes|shops|stores|sites|websites|brands|pages) ... (from|starting|as of) (tomorrow|today|tonight|monday|now|this week)",
      `(${DELIVERABLE}) ... (${DELIVERABLE}) ... (${DELIVERABLE}) ... (by|before|for) (tomorrow|tonight|today|the morning|first thing|end of (the)? day|eod|noon|lunch|tomorrow morning|tomorrow evening|tomorrow night)`,
      `(${MANY}|a hundred|two hundred) (page|pages|slide|slides) (manual|document|report|brochure|catalogue|catalog|book|handbook|guide|contract|deck|presentation|transcript|thesis|dossier|tender|annual report|website|site) ... (by|before|for|until) (tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|the end of the (day|week)|end of (day|week)|eod|the morning|first thing|the (sale|launch|event|fair|trade fair|show|conference|demo|pitch|opening|meeting|board meeting))`,
    ],
    unless: ["(thanks|thank you|great job|well done|loved|love|kudos)", "(I'll|we'll|I will|we will|I'm|we're|I am|we are) (send|sending|deliver|delivering|share|sharing|upload|uploading|give|giving|forward|forwarding|have|get)", "(you|you've|you have) (sent|delivered|finished|done|completed|edited|written)", "(no rush|no hurry|whenever|take your time|spread|over the next (few)? (weeks|months))"],
    note: {
      en: "A large count of items, or several deliverables, by a near date: a capacity question.",
      de: "Viele Stücke oder mehrere Leistungen bis zu einem nahen Termin: eine Frage der Kapazität.",
    },
    examples: {
      flag: ["Could you move all 15 newsletters to the new template within the next two days?", "That's 150 products to photograph before the sale opens on Saturday.", "We're rebranding all five salons in one go, so every sign and price list needs redoing.", "Can you proofread the 80-page annual report before the board meeting on Thursday?", "We need the whole shop migrated, all 400 products re-photographed and the copy rewritten before the sale on Monday.", "Can you edit all 40 interview videos by the end of the week?", "We've just been told the whole catalogue, 180 products, needs new descriptions before Monday's launch.", "Our other designer quit, so can you take on all her clients starting this week?", "Can you take over all five of our social accounts from tomorrow, including catching up on the posts we missed in March and answering the DMs?", "Sorry to spring this on you, but I need the newsletter, three landing pages and the sales deck by tomorrow evening."],
      pass: ["Could you take over all three of our social accounts from January? Happy to talk about a retainer.", "We'll send the 80-page annual report by Thursday.", "All three shops open at the same time on Saturdays.", "We sold 300 products before the sale even started, thank you!", "Thanks for editing all 40 videos by Friday!", "We'll send all 40 photos by Monday.", "We had over 200 visitors at the stand by Friday afternoon, thank you."],
    },
  },
  {
    id: "en.capacity.overload.volume-by-date",
    signal: "capacity.overload",
    language: "en",
    severity: 2,
    patterns: [
      // "all 12 client sites moved over … in the next two days": German-style distance between the count and the date.
      `(all|all of the|every one of the|each of the|over|more than|around|about|roughly|nearly|almost) (${MANY}|a hundred|hundreds of|dozens of) (client|product|blog|landing|social|api|reference|api reference|documentation|doc|docs|help|help centre|help center|support|faq|wiki|knowledge base|course|lesson)? (sites|websites|pages|products|posts|videos|photos|articles|emails|listings|descriptions|slides|invoices|receipts|documents|files|items|tickets|designs|banners|contracts|translations|briefs|scripts|episodes|chapters|accounts|mailboxes|shops|stores|clients|images|pictures|newsletters|reels)`,
      // "220 products to shoot and retouch": a count of items, each a job.
      `(${MANY}|a hundred|two hundred|hundreds of|dozens of) (new)? (products|pages|posts|videos|photos|articles|listings|items|sites|websites|flats|apartments|properties|rooms|dishes|images|portraits|headshots|interviews|episodes|chapters|documents|contracts|invoices|receipts) (to|that need|which need|needing|still to) (shoot|photograph|retouch|edit|write|rewrite|translate|describe|list|upload|migrate|move|check|proofread|design|film|cut|transcribe|reconcile|book|enter|process|tag|caption)`,
      // "six months of receipts in a shoebox … by Monday", "roughly 30 hours of material": the volume named, the date elsewhere.
      "(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|#num) (years'|years|year's|months'|months|month's|quarters'|quarters) (worth)? of (unreconciled|unsorted|unfiled|unprocessed|unchecked|untouched|outstanding|backlogged|loose|paper)? (receipts|invoices|bookkeeping|paperwork|bank statements|statements|expenses|transactions|unfiled|unsorted)",
      `(${MANY}|twenty|thirty|forty|fifty|sixty|a hundred|hundreds of|dozens of) (hours|hrs) (of|worth of) (raw)? (footage|material|video|videos|recordings|recording|audio|interviews|rushes|tape)`,
    ],
    requiresInMessage: NEAR_DATES,
    unless: ["(thanks|thank you|great job|well done|loved|love|kudos)", "(I'll|we'll|I will|we will|I'm|we're|I am|we are) (send|sending|deliver|delivering|share|sharing|upload|uploading|give|giving|forward|forwarding|have|get)", "(you|you've|you have) (sent|delivered|finished|done|completed|edited|written|sorted|shot|moved|migrated)", "(no rush|no hurry|whenever|take your time|spread|over the next (few)? (weeks|months))", "(quote|estimate|quotation|how much|what would it cost|pricing|your rate for)", "(had|have had|sold|sell|selling|stock|stocks|visitors|guests|orders|customers|followers|subscribers|attendees) ... (since|last|so far|already|in total|every (day|week|month))"],
    note: {
      en: "A large volume of work, and a near date: a capacity question, not one normal task.",
      de: "Eine große Menge Arbeit und ein naher Termin: eine Frage der Kapazität, nicht eine normale Aufgabe.",
    },
    examples: {
      flag: ["We've just found six months of unreconciled receipts in a drawer and the accountant wants everything by Monday.", "We've moved the release up, so all 60 API reference pages plus the migration guide now need to be ready by Wednesday noon.", "We need all 30 product pages moved across to the new shop system within the next two days.", "That's 90 flats to photograph and write up before the open day on Saturday.", "We've got eight months of unsorted receipts and the tax return has to go in by Friday.", "It's about 40 hours of footage from the festival. We need the highlights reel by Thursday."],
      pass: ["We shot about 20 hours of footage last year and only used a fraction of it.", "We've sold over 200 products since the launch, so the new range is in stock by Friday.", "Six months of invoices are already in the folder, you sorted them last quarter, thanks.", "We'll send all 30 product pages by Friday.", "There are about 40 products to photograph, no rush, we can spread them over the next few months."],
    },
  },
  {
    id: "en.capacity.overload.list-then-deadline",
    signal: "capacity.overload",
    language: "en",
    severity: 2,
    // "Here's everything for this week: the newsletter, four blog posts, the brochure and the landing page. It all needs to be live by Thursday."
    patterns: [`${DELIVERABLE} ... ${DELIVERABLE} ... ${DELIVERABLE}`],
    requiresInMessage: [
      "(need|needs|needed|must|has to|have to|want|wanted|due|expect|expecting) ... (by|before|until|for) (tomorrow|tonight|today|the morning|first thing|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of the (day|week)|end of (day|week)|eod|this week|the (launch|fair|trade fair|event|demo|pitch|sale|meeting|conference))",
      "(it all|all of it|everything|all of this|all of these|the lot|all of them) (needs|need|has|have|must|should) ... (by|before|until) (tomorrow|tonight|today|the morning|monday|tuesday|wednesday|thursday|friday|the end of the (day|week)|end of (day|week)|eod|this week)",
      "(sorry|apologies) (for|about) (the)? (short notice|last-minute|last minute|late notice)",
      "(last-minute|last minute|short-notice|short notice) (request|ask|job|one|brief|thing|favour|favor)",
      "(all|everything|the lot|all of it|all of them) (by|before) (next|this|this coming)? (monday|tuesday|wednesday|thursday|friday|the end of the week|end of week)",
      // "… new website banners and the trade show flyer before Wednesday": the date closes the list.
      `${DELIVERABLE} (before|by) (this|next|this coming)? (monday|tuesday|wednesday|thursday|friday)`,
    ],
    unless: ["(thanks|thank you|great job|well done|loved|love|kudos)", "(I'll|we'll|I will|we will|I'm|we're|I am|we are) (send|sending|deliver|delivering|share|sharing|upload|uploading|give|giving|forward|forwarding|have|get)", "(you|you've|you have) (sent|delivered|finished|done|completed|made|designed|written)", "(quote|estimate|quotation|how much|pricing for|covers|includes|included|package|proposal|scope|contract|retainer|over the next (few)? (weeks|months)|no rush)"],
    note: {
      en: "Several deliverables, and a near date in another sentence: a capacity question.",
      de: "Mehrere Leistungen, und in einem anderen Satz ein naher Termin: eine Frage der Kapazität.",
    },
    examples: {
      flag: ["I need the price list redone, two new posters and the spring newsletter before Thursday.", "We want the brochure rewritten, the menu reprinted and new business cards by Tuesday.", "Last-minute request, sorry: a flyer, a poster and two banners, all by this Friday.", "Here's what's coming your way: the newsletter, four blog posts, the brochure and the landing page. It all needs to be live by Thursday."],
      pass: ["The package covers the logo, the business cards and the letterhead. We'd need the logo by Friday, the rest can follow.", "We'll send the logo, the photos and the brochure text by Friday.", "We loved the newsletter, the flyer and the banners! We need the next one by Friday."],
    },
  },
  {
    id: "en.capacity.overload.all-by-tomorrow",
    signal: "capacity.overload",
    language: "en",
    severity: 2,
    patterns: [
      "(all|everything|all of (this|these|it|them)|the whole lot|the lot) (needs|need|has|have|must|should) (to be)? (done|finished|ready|sorted|delivered|live|completed|in place|uploaded|edited|written|translated) ... (by|before|until) (tomorrow|tonight|the morning|first thing|this afternoon|this evening|noon|lunch|end of (the)? day|eod|today)",
      "(need|want|expect) (all|everything|all of (this|these|it|them)|the whole lot|the lot) ... (by|before|until) (tomorrow|tonight|the morning|first thing|this afternoon|this evening|noon|lunch|end of (the)? day|eod|today)",
      "(all|everything|each|every one|the whole lot|the lot|all of them) (of (this|these|them|it|those))? (done|finished|completed|ready|delivered|sorted|live|handled|drafted|written|edited|translated|retouched|proofread|designed|shot|uploaded|migrated|reconciled)? (by|before|for|until) (tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|end of (the)? (day|week)|eod|the weekend|this afternoon|this evening|the morning|noon|lunch|today)",
      "(do|doing|handle|handling|work on|working on|tackle|tackling|juggle|juggling|manage|finish|get through|take on|deliver) (all|everything|these|all of these|all of this|all these|all those|all of them|them all|it all|the lot) at (once|the same time)",
      "(all|everything|all of it|all of this) (needs|has|have|need) to (happen|be done|go out|go live|be ready) at (once|the same time)",
      "(I know|I realise|I realize|I appreciate|I'm aware|I understand|we know|we realise|we realize|sorry) (that)? (it's|this is|that's|there's|there is|it is) (a lot|loads|quite a lot|a big ask|a huge ask|a lot of work|a lot to ask|heaps|a mountain|a ton|tons)",
      "(here's|here is|below is|below are|these are|this is|attached is) (what|everything|all) (I|we) (need|want|'d need|would need|'ll need) (done)? (by|before|for|until|from you by|from you before) (tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of the week|end of week|eod|the morning|next week)",
      "(the following|this list|the list below|the tasks below|the items below|these tasks|these items|everything below|all of the below) (by|before|for|until) (tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|the end of the week|end of week|eod|the morning)",
      "(#num|two|three|four|five|six|several|a few|a couple of) (years|year's|years'|months|months'|quarters|quarter's|weeks|weeks') (of|worth of) (receipts|invoices|bookkeeping|emails|content|posts|transactions|files|data|backlog|work|footage|photos|expenses|paperwork|statements|records) ... (by|before|until|within|in the next|this week|tomorrow|next week|friday|monday)",
      `(quarter's|month's|year's|week's|months'|weeks'|years'|quarter|month|year) (worth of|of) (backlog|work|content|posts|bookkeeping|receipts|invoices|emails|tasks|edits|footage) ... (by|before|until|within|in|tomorrow|tonight|this week|monday|tuesday|wednesday|thursday|friday) (${DAYS_SOON}|tomorrow|tonight|the weekend|the morning|monday|tuesday|wednesday|thursday|friday|end of (the)? (day|week)|eod)?`,
      `(backlog|pile|mountain|stack|heap|load) (of)? ... (in|within|by|before) ${DAYS_SOON}`,
      `(cram|squeeze|compress|pull|bring forward|move up|pack) ... (into|to|in) ${DAYS_SOON}`,
      `(all|everything|the lot|the whole thing|all of it) (in|within) ${DAYS_SOON}`,
      "on top of (your|everything|all|the rest|what you're|what you are|your other|the other|your usual|your normal) ... (by|before|for|this week|tomorrow|today|tonight|friday|monday)",
      "(all|each|every one|all of them|all of these) (due|needed|wanted) (this week|tomorrow|today|tonight|by|before|on monday|on friday|first thing)",
      "(also|additionally|on top of (that|this|it)|in addition|as well as) ... (take on|handle|manage|cover|take over) (all|everything|the whole|the entire)",
      "(more|extra|additional|another|a lot|lots|plenty|a bit more) (work|stuff|tasks|things)? (on|onto|to) your plate",
      "(several|multiple|many|three|four|five|lots of|a lot of|a bunch of) (projects|campaigns|launches|sites|websites|clients) (at once|at the same time|in parallel|simultaneously|by friday|by tomorrow|in one week|in two days)",
      "(huge|massive|big|large|enormous|giant|crazy) (batch|backlog|pile|stack|list|workload) (of)? (product|new|open|old|outstanding)? (work|tasks|things|items|requests|changes|content|posts|edits|products|listings|jobs|tickets|to-dos|todos|pages|articles|photos|emails|for you)",
      "(huge|massive|big|crazy|heavy) workload",
      "(there's|there is|we have|I have|we've got|I've got|it's) (quite|rather|a bit|an awful|really)? (a lot|loads|tons|heaps|plenty) (on|coming your way|for you|to do|to get through) ... (this week|today|tomorrow|by|before|I'm afraid|sorry)",
      "(take over|taking over|take on|taking on|handle|cover|covering|look after|manage|pick up) ... (and|as well as|plus) ... (from tomorrow|from monday|as of tomorrow|as of monday|starting tomorrow|starting monday|from today|as of today|this week|while (she's|he's|they're) (away|off|out))",
      "(her|his|their|a colleague's|my colleague's|our other (assistant|designer|developer|writer|va|freelancer)'s) (work|tasks|workload|clients|accounts|inbox|duties|projects|job) (too|as well|on top)?",
      "(dumping|dump|piling|throwing|landing|loading|chucking) (a lot|loads|a ton|tons|so much|quite a bit|a mountain|a heap|a pile|lots) (of (work|stuff|things|tasks))? (on|onto) you",
      "(full|whole|entire|last|past|the)? (year's|years'|month's|months'|quarter's) (bookkeeping|accounts|receipts|invoices|transactions|content|posts|backlog|emails|paperwork|expenses|footage) ... (by|before|until|within|this week|tomorrow|friday|monday|the end of)",
      "(the whole|the entire|all the|our whole|our entire|the full|all our|all of the) (backlog|archive|queue|pile|stack) (of)? ... (this week|by|before|until|tomorrow|today|tonight|in (two|three|#num) days)",
    ],
    unless: ["(printer|print shop|printers|venue|supplier|agency|the council|accountant|our client|the client) (needs|need|wants|want|expects|expect)", "(plenty of time|lots of time|loads of time|enough time|no problem|easily)", "(no rush|no hurry|whenever|over the next (few)? (weeks|months)|take your time|spread|still|as planned|as agreed|as discussed|as scheduled|as usual|same as usual|like every month)", "(I'll|we'll|I will|we will|I can|we can|I'm going to|we're going to) (send|get|have|deliver|share|upload|give|forward|pay|sort)", "(a lot of|lots of|quite a lot of) (info|information|text|detail|details|questions|background|context|reading)", "(quote|estimate|quotation|how much|what would it cost|pricing|your rate for)", "(thanks|thank you|great job|well done|kudos) (so much|a lot)? for (getting|doing|delivering|finishing|handling|having)"],
    note: {
      en: "Everything at once and soon: a capacity question, not just a to-do list.",
      de: "Alles auf einmal und sofort: eine Frage der Kapazität, nicht nur eine To-do-Liste.",
    },
    examples: {
      flag: ["There are nine case studies in the folder, we'd want all of them written by Monday.", "Could you work through the entire backlog of product videos (around 30) by next Tuesday?", "I'm sending over the full year's bookkeeping, it needs to be done by the end of the week for the tax return.", "I'm dumping a lot on you this week, sorry.", "Can you also take over the inbox, bookkeeping and calendar from tomorrow?", "There's a lot coming your way this week, I'm afraid.", "Could you cover her workload too while she's off?", "I know it's a lot, but the shop, the blog and the migration all need doing by Friday.", "We need two years of receipts sorted by the end of the week.", "The whole backlog has to be cleared in the next two days.", "They're all due tomorrow.", "We need everything on the list by tonight.", "We need all of this done by tomorrow.", "Can you handle all these at once?", "Sorry to put more on your plate this week.", "We have a huge backlog of product listings for you."],
      pass: ["Thanks for clearing the whole backlog last month!", "The print shop needs everything by Friday, which gives us plenty of time since you sent it last week.", "No rush, we can spread all of this over the next few weeks.", "Thanks for getting everything done by Friday!", "We'll send everything by Friday.", "Sorry, this is a lot of background, but it helps to know the story.", "We have a big list of loyal customers.", "We'd love a month's worth of posts for March, same as usual."],
    },
  },
];
