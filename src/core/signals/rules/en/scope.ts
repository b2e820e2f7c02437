import type { PhraseRule } from "../../types";

/** Making something new: the verbs that turn "could you also" into a new deliverable. */
const MAKE =
  "(do|doing|make|making|creat*|design*|build*|write|writing|set up|setting up|setup|add|adding|put together|putting together|pop together|throw together|knock up|draft*|prepar*|redo*|handl*|take care of|taking care of|take over|taking over|manag*|run|running|translat*|develop*|shoot|shooting|film*|produc*|code|coding|draw*|record*|organi*|plan|planning|research*|rewrit*|come up with|coming up with|edit*|integrat*|optimi*|animat*|illustrat*|launch*|migrat*|install*|configur*|moderat*|post|posting|schedul*|look after|looking after|sort out|sorting out|updat*|redesign*|cover*|run)";

/** Work the agreement already covers: a retainer's routine is not creep. */
const WITHIN_ARRANGEMENT =
  "(as usual|as always|as normal|as every (month|week)|like every (month|week)|within our (normal|usual) (arrangement|retainer|hours)|our (normal|usual|monthly) (arrangement|retainer)|retainer|as agreed|as discussed|as planned|as we (agreed|discussed|planned)|in scope|within scope|included hours|part of the package)";

/**
 * Work beyond what was agreed (creep), correction loops (revisions) and work expected
 * for nothing (free work). Creep hides in small words ("just", "quick", "also"), so
 * most rules need a request verb or a deliverable beside them, and "could you also
 * send the invoice" style asks for existing things stay quiet.
 */
export const SCOPE_RULES: readonly PhraseRule[] = [
  // First on purpose: validateRules' own test takes the first English rule and expects exactly two patterns.
  {
    id: "en.scope.creep.while-youre-at-it",
    signal: "scope.creep",
    language: "en",
    severity: 2,
    patterns: ["while ((you're|youre|you are|we're) at it|I have you|I've got you|I've got you here)", "while (you're|youre|you are)? in there"],
    note: {
      en: "New work framed as a small add-on to what you are already doing.",
      de: "Neue Arbeit, verpackt als kleine Ergänzung zu dem, was Sie ohnehin tun.",
    },
    examples: {
      flag: ["While you're at it, could you also redo the About page?", "Quick one while I have you: could you do a menu for my sister's café?", "while you are at it can you do the flyers", "While you're in there, maybe tidy up the blog too."],
      pass: ["While you were away, we approved the budget."],
    },
  },
  {
    id: "en.scope.creep.since-youre-already",
    signal: "scope.creep",
    language: "en",
    severity: 2,
    patterns: [
      "(while|since|as|now that) (you're|youre|you are) (already)? (working on|doing|in|on|touching|editing|updating|redesigning|building) (it|this|that|the|our|them|those)",
      // "As you're translating the website anyway, could you do the T&Cs too?"
      "(while|since|as|now that|seeing as) (you're|youre|you are) (already)? (translating|writing|designing|shooting|filming|coding|setting up|redoing|reworking|proofreading|retouching|laying out|formatting|photographing|recording|migrating|rebuilding|refreshing|rewriting|illustrating|animating) ... (could you|can you|would you|would you mind|please|too|as well|also)",
      "(might|may) as well (also|just)? (do|add|make|redo|update|design|create|build|write|include|throw in|fix|change)",
      "(since|as|now that|seeing as) (you're|you are|youre) already ... (would you mind|could you|can you|mind|please|add|adding|also|too|as well)",
      "(as well|too|also) (while|since|as) (you're|you are|youre) (doing|working on|at|on|in|editing|fixing|updating|sorting) (mine|it|that|this|them|the site|the website|ours|my|our)",
      "(since|as|now that|seeing as|while) (you've got|you have got|you've already got|you already have|you have) (the|our|my|it|them|everything|all the) ... (open|up|to hand|in front of you) (anyway|already)? ... (would you mind|could you|can you|mind|add|adding|also|too|as well|have a go)",
      "(since|as|now that|seeing as|while) (the|our|my|your) (files|file|design files|artwork|document|documents|project|site|backend|account|template|templates) (are|is) (open|already open|to hand) ... (would you mind|could you|can you|mind|add|adding|also|too|as well|have a go)",
    ],
    note: {
      en: "Extra work slipped in because you are \"already there\": it is still extra work.",
      de: "Zusatzarbeit, die mitlaufen soll, weil Sie „ja schon dabei sind“: Es bleibt Zusatzarbeit.",
    },
    examples: {
      flag: ["As you're rewriting the homepage, could you do the FAQ page too?", "Since you're retouching the product shots, could you do our team photos as well?", "Since you're already in the backend, could you set up a booking calendar?", "Could you do my sister's logo too while you're working on ours?", "Could you pop together a teaser while you're working on the site?", "Since you're already working on the homepage, could you redo the contact page as well?", "You might as well add a blog section.", "Seeing as you've got the design files open anyway, could you do a poster for the fair too?", "While the files are open, would you mind doing a little logo for the food truck too?"],
      pass: ["Since you're already booked next week, we'll wait until the 20th.", "While you're on holiday, please don't worry about us.", "Since you're on holiday next week, we'll review the drafts then.", "As you are aware, the launch is in May."],
    },
  },
  {
    id: "en.scope.creep.one-more-thing",
    signal: "scope.creep",
    language: "en",
    severity: 1,
    patterns: [
      "(one more|just one more|another|one last|one final|just one last|a last|a final) (little|small|quick|tiny|teeny|minor)? (thing|request|addition|add-on|extra|task|item|job)",
      "(just|only) (a|one) (little|small|quick|tiny|teeny|minor) (thing|request|addition|add-on|extra|task|job)",
      "(nothing|not) (big|major|fancy|complicated|too complicated|too much|much work|huge|too big|too fancy)",
      "(it's|it is|that's|that is|this is|it'd be|it would be) (a|just a|only a|really a|really just a)? (small|tiny|little|quick|minor|teeny) (add-on|addition|extra|bolt-on)",
      "(oh|also|and|plus) (one|another) more (thing|request|task)",
      "(one|a|just one|just a) (tiny|small|little|quick|teeny|wee|minor) (extra|add-on|addition|bolt-on)",
      // "We've decided the site should be in French as well, hopefully that's not a big deal."
      "(hopefully|I hope|surely|I assume|I'm sure|I'm guessing) (that's|that is|it's|it is|this is|that|this|it) (isn't|is|won't be|wouldn't be|shouldn't be)? (not|no)? (a|too)? (big|huge|major|massive|much of a) (deal|job|ask|problem|issue)",
    ],
    requires: ["(could|can|would) you", "(please|also|add|need|needs|want|wants|create|design|make|build|write|set up|setup|include|redo|do|love|like|too|as well)", "(page|site|website|shop|app|newsletter|brochure|menu|deck|catalogue|catalog|channel|account|video|report) (needs|will need|should have|could use) (a|an|some|#num|another|its own|new)"],
    // "Just a quick question" asks, it adds nothing; "15 questions and answers" for an FAQ is a deliverable.
    unless: [WITHIN_ARRANGEMENT, "(a|one|quick|small|little|tiny|quick little) (question|query)", "(question|questions|query) (about|on|regarding|re|for you)", "(I'll|I will|we'll|we will) be (away|out|off)", "(I'm|I am|we're|we are|I'll|I will|we'll|we will) (be)? (away|out of (the)? office|off|on (holiday|leave|vacation)|closed|unavailable|not around)", "(office|shop|studio|store|reception|building|warehouse|site|showroom|gallery|restaurant|café|cafe|salon|clinic|practice) (is|are|will be) (closed|shut)", "(reminder|heads-up|heads up|fyi)", "(if|in case|should) you need (them|it|anything|those|these)"],
    note: {
      en: "A new request tucked in as \"one more thing\": count it against the agreed scope.",
      de: "Eine neue Bitte, angehängt als „noch eine Sache“: Prüfen Sie sie gegen den vereinbarten Umfang.",
    },
    examples: {
      flag: ["Surely it's not a big job to add a members' area as well?", "We'd like the menu as a poster too, hopefully that's not a big deal.", "Oh, and we'd love a short animated version of the logo for Instagram, nothing complicated.", "Could you add three short emails, nothing big?", "It's a small add-on really: a second inbox for my other shop.", "Oh, one more thing: could you also set up our newsletter?", "Just one more small thing, can you design a banner for the fair?", "Another quick task: please write three LinkedIn posts.", "A wee addition: could you put together a welcome email for new members?", "One teeny addition, my husband's plumbing business needs a logo too."],
      pass: ["Sorry the approval took a week, hopefully that's not a big problem.", "One more thing: the brand fonts are in the Dropbox if you need them.", "One more thing: I'll be away on Friday.", "One last small thing: we're closed on Thursday, so please send the proofs to Priya.", "Oh, one last thing: reception is closed on Friday for the bank holiday, so please don't courier anything that day.", "Just a quick question: is the call at 10 or 11?"],
    },
  },
  {
    id: "en.scope.creep.family-business",
    signal: "scope.creep",
    language: "en",
    severity: 2,
    patterns: [
      "(my|our) (sister|brother|husband|wife|partner|friend|best friend|mum|mom|mother|dad|father|cousin|neighbour|neighbor|daughter|son|aunt|uncle|mate|brother-in-law|sister-in-law|niece|nephew|girlfriend|boyfriend|other half|fiancé|fiance|fiancée|fiancee) (also)? (has|runs|owns|is starting|is opening|just opened|has just opened|has opened|is launching|would love|needs|wants|could use|could do with|is after)",
      "(for|do|set up|design|make|build|sort) (my|our) (sister's|brother's|husband's|wife's|partner's|friend's|mum's|mom's|mother's|dad's|father's|cousin's|neighbour's|neighbor's|daughter's|son's|aunt's|uncle's|mate's|niece's|nephew's|girlfriend's|boyfriend's) (shop|business|café|cafe|salon|company|practice|restaurant|bakery|studio|store|website|site|logo|instagram|account|page|menu|flyer|flyers|wedding|party|event|newsletter|book)",
      "(my|our) (sister's|brother's|husband's|wife's|partner's|friend's|mum's|mom's|mother's|dad's|father's|cousin's|neighbour's|neighbor's|daughter's|son's|aunt's|uncle's|mate's|niece's|nephew's|girlfriend's|boyfriend's) ... (shop|business|café|cafe|salon|company|practice|restaurant|bakery|studio|store|firm|clinic|gym|garage) (also)? (needs|could use|could do with|wants|would love|is after) (a|an|some|its|their|his|her|new)",
    ],
    // The same favour asked for a relative's business; a referral who will hire and pay is not creep.
    requires: ["((could|can|would|will) you|would you mind|any chance|alongside|too|as well|also|same way|same as|like mine|like ours|while you're|quickly|just)"],
    unless: [WITHIN_ARRANGEMENT, "(your (details|number|email|contact|rates|card)|contact you|get in touch|reach out|pass on|recommend|refer|referral|quote|pay you|hire you|book you|invoice (her|him|them)|separate)"],
    note: {
      en: "Work for the client's family or friends, slipped in with their own: it is a new client's job, with its own quote.",
      de: "Arbeit für Familie oder Freunde des Kunden, nebenbei mit angefragt: Das ist ein neuer Auftrag mit eigenem Angebot.",
    },
    examples: {
      flag: ["My brother runs a small garage, could you do him a logo too while you're on ours?", "Our neighbour has just opened a bakery, could you set up her Facebook page the same way as ours?", "Could you also sort my wife's salon website, just the basics?", "One teeny addition, my husband's plumbing business needs a logo too. Nothing fancy, just reuse a few of the shapes from mine."],
      pass: ["My sister runs a café and would love a logo, can I pass on your details?", "My husband needs a website for his practice, could you send him a quote?", "My daughter has a school project on logos, so she loved seeing your sketches."],
    },
  },
  {
    id: "en.scope.creep.just-a-quick",
    signal: "scope.creep",
    language: "en",
    severity: 1,
    patterns: [
      "(just|only) (a|an|one|some|two|three|a few|a couple of)? (quick|small|tiny|teeny|little|minor|simple|easy) (extra|extras|addition|additions|add-on|add-ons|bonus|new|additional|landing|page|pages|banner|banners|flyer|graphic|graphics|post|posts|video|logo|icon|icons|section|feature|form|animation|email|newsletter|ad|ads|brochure|presentation|deck|slide|slides|infographic|illustration|article|blog)",
      "(quick|small|tiny|little|simple|easy|minor) (extra|addition|add-on) (for you|to the|to your)",
      "(whip|knock|whipping|knocking) (up|out|together) (a|an|some|one|two|three|a few|a couple|something|the)",
      "(whip|knock|throw|pop|rustle|cobble) (something|one|a little something|a quick one|a simple one) (up|together)",
      // Ongoing extra work sized down: "it's only a handful a day".
      "(it's|it is|they're|they are|that's|that is|it'd be|it would be|it'll be) (only|just|literally|literally just|really only) (a handful|a few|a couple|#num|one or two|two or three|a few minutes) (a|per|each) (day|week|month)",
      "(pop|throw|rustle|cobble|bang) (together|up) (a|an|some|one|two|three|a few|a couple|something|the) (quick|short|little|small|simple)?",
      "(it's|it is|that's|that is|this is|it'd be|it would be|it'll be) (only|just|really only|really just|literally|literally just) (a|one)? (tiny|small|quick|little|minor|teeny|wee|five-minute|two-minute) (thing|job|task|add-on|addition|extra|change|tweak|bit)",
    ],
    unless: [
      WITHIN_ARRANGEMENT,
      "(question|questions|typo|typos|call|reminder|update|note|thanks|thank|check|look|fix)",
      // Contempt, not an ask: "my nephew could knock up something better in Paint".
      "(nephew|niece|kid|kids|child|son|daughter|year-old|year old|intern|monkey|student|schoolkid|toddler|grandma|granny|anyone|anybody) (could|can|would|might) ... (better|faster|in paint|in canva|in word|in five minutes|blindfolded)",
    ],
    note: {
      en: "Work framed as tiny; small requests add up and each one is still scope.",
      de: "Arbeit, die als winzig dargestellt wird; kleine Bitten summieren sich, und jede ist Umfang.",
    },
    examples: {
      flag: ["Could you knock something up for the school fete as well?", "Would you mind knocking up a little logo for the food truck too? Nothing fancy.", "Can you answer the Instagram DMs too? It's only a few a day.", "It's only a tiny thing, since the content already exists.", "Could you do just a quick landing page for the event?", "It's only a small extra, a banner for the newsletter.", "Can you whip up a flyer for Saturday's market?", "Could you rustle up a short bio for the speaker page?"],
      pass: ["Any intern could knock up something better in Canva.", "We only get a handful of orders a day, so the shop can stay simple.", "Just a quick question about the invoice.", "Just a small typo on page 2, could you fix it?"],
    },
  },
  {
    id: "en.scope.creep.wont-take-long",
    signal: "scope.creep",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(shouldn't|should not|won't|will not|wouldn't|would not|doesn't|does not|can't|cannot|shouldnt|wont|wouldnt) take (you)? (long|much time|much|more than|too long|any time|a lot of time|ages)",
      "(only|just) (take|takes) (you)? (a|#num|a few|a couple of|five|ten|fifteen|twenty)? (minute|minutes|mins|second|seconds|moment|hour|hours|sec|secs)",
      "(should|will|would) (be|only be|just be) (a|an)? (quick|easy|simple|small|fast|two-minute|five-minute|ten-minute|two minute|five minute|ten minute) (one|job|task|fix|change|win|thing) for (you|someone|a pro)",
      // "Same vibe as Instagram so it's basically copy and paste": the effort sized down for you.
      "(basically|just|simply|only|pretty much|more or less|essentially|literally) (a)? (copy and paste|copy-paste|copy paste|copy & paste|cut and paste|copy-and-paste|case of copy and paste|case of copying)",
      // "It's basically the same as Etsy": a new job sized down to the one you already do.
      "(it's|it is|that's|that is|they're|they are|should be|it'll be|it would be) (basically|pretty much|more or less|essentially|practically|literally) the same (as|thing as|job as|process as)",
    ],
    // The client's own text to reuse: "the bios are basically copy and paste from LinkedIn, use them as they are".
    unless: ["(you can|feel free to|just) (use|reuse|copy|take|paste) (them|it|those|these|that)", "as (they|it) (are|is)"],
    note: {
      en: "\"It won't take long\" sets your price for you; the effort is yours to judge.",
      de: "„Das dauert nicht lange“ legt Ihren Aufwand für Sie fest; den schätzen Sie selbst ein.",
    },
    examples: {
      flag: ["Oh and could you set up our Pinterest and schedule a month of pins? Same vibe as Instagram so it's basically copy and paste.", "It shouldn't take long, it's just a few extra pages.", "It'll only take you five minutes.", "Also, could you handle the customer messages on our Amazon store as well from now on? It's basically the same as Etsy.", "The wine list should be a two-minute job for you.", "That should be an easy job for someone like you."],
      pass: ["The approval took long because our CEO was away.", "Take your time with the drafts.", "The team bios are basically copy and paste from LinkedIn, so you can use them as they are.", "The new flyer text is basically the same as last year's, so you can use it as it is."],
    },
  },
  {
    id: "en.scope.creep.could-you-also",
    signal: "scope.creep",
    language: "en",
    severity: 1,
    patterns: [
      `(can|could|would|will) you (quickly|just|maybe|perhaps|please|possibly|kindly)? (also|additionally|also quickly) ${MAKE}`,
      `(would you mind|do you mind|any chance you could|is it possible to|could you possibly|would it be possible to|if you could|you could|would you be able to|could you maybe) (also|additionally|quickly also|also quickly) ${MAKE}`,
      "(need|want|like|love|add|get|do) (a|an) ... (version|edition|translation|variant) (of|for|in) ... (too|as well)",
      "(handle|manage|take over|take care of|look after|run|answer|do|cover) ... (from now on|going forward|on an ongoing basis|every week from now|as well from now)",
      "(turn|make|convert|repurpose|adapt|spin|rework) (it|this|that|them|these|the copy|the content|the video|the article|the post|the posts) into (a|an|some|#num|two|three|four|five)",
      "(please|pls|kindly) also (do|make|create|design|build|write|set up|setup|add|put together|draft|prepare|redo|handle|take care of|take over|manage|translate|develop|produce|code|rewrite|redesign)",
      "(we'd|we would|I'd|I would|we) also (need|want) (you to|a|an|some|another|two|three|#num|the same|new)",
      // A bare "could you add a banner" is an ordinary request; "also", "too" or a squeeze make it an add-on.
      "(can|could|would) you (also|additionally) (add|include|squeeze in|throw in|tack on|slip in) (a|an|some|another|two|three|four|five|#num|one more|a few|a couple of|extra|new)",
      "(can|could|would) (you|we|I) (squeeze in|throw in|tack on|slip in|sneak in|fit in) (a|an|some|another|two|three|four|five|#num|one more|a few|a couple of|extra|new)",
      // A new language edition decided on the way: "the website should be in French as well".
      "(should|must|needs to|need to|has to|have to|will need to|would need to|is to|are to|will have to|ought to) be (available)? (in|into) (french|german|spanish|italian|dutch|portuguese|polish|english|chinese|japanese|arabic|welsh|irish|swedish|danish|norwegian|finnish|greek|turkish|russian|czech) (too|as well|also)",
      // "It would be great if the brand video also came with a 15-second cut for TikTok."
      "if (the|it|this|that|our|each|every|they|these) ... also (came|come|comes) with (a|an|some|#num|two|three|a few|a couple of|its own|their own)",
      "(would you mind|do you mind|could you possibly|any chance you could) (also|just|quickly)? (answering|replying to|handling|managing|running|looking after|covering|monitoring|checking|moderating|taking care of|posting|scheduling|sorting) ... (too|as well)",
      "(can|could|would) you (add|include) (a|an|some|another|two|three|four|five|#num|one more|a few|a couple of|extra|new) ... (too|as well|also|on top|while)",
      "(throw|chuck|slip|tack|squeeze) in (a|an|some|a couple of|a few|two|three|#num|another|one more|an extra|extra) ... (too|as well|while you're at it|also)",
      "(you can|you could|you'll be able to|you should be able to|you'd be able to) (easily|quickly|just|simply|surely|probably) (also)? (add|do|make|build|set up|create|design|write|include|knock up|whip up|put together|integrate|bolt on)",
      "(can|could|would|will) you (quickly|just|maybe|perhaps|please|possibly|kindly)? (design|create|build|write|set up|put together|produce|shoot|film|draft|develop|code|translate|animate|illustrate|record|make us|do us) ... (too|as well)",
      "(add|include|fold|put|slot|squeeze) (that|it|this|them|these) (to|into|in) (what you're|what you are|your|the) (doing|already doing|list|to-do list|project|scope|job|work|current work)",
      "(in|into) (french|german|spanish|italian|dutch|portuguese|polish|english|chinese|japanese|arabic|welsh) (and|or) (french|german|spanish|italian|dutch|portuguese|polish|english|chinese|japanese|arabic|welsh)? (too|as well)",
      "(need|want|like|have|get|do|translate) (it|them|this|that|the|our|a|an) ... (in|into) (french|german|spanish|italian|dutch|portuguese|polish|english|chinese|japanese|arabic|welsh) (too|as well)",
      "(would you mind|do you mind|would you be able to|could you possibly|any chance you could|any chance of you) (also|just|quickly)? (doing|setting up|set up|creating|create|designing|design|building|build|writing|write|putting together|put together|having a go at|have a go at|taking on|take on|producing|produce|drafting|draft|translating|translate|making us|make us) ... (too|as well)",
      // "It would be great if you could sort the logo for that too": a wish for a new deliverable.
      "(it would be|it'd be|would be|be) (great|brilliant|lovely|amazing|fab|fantastic|ideal|awesome|super|perfect|helpful|handy|good) if you could (also|just|maybe)? (sort|sort out|design|create|build|write|set up|put together|pop together|knock up|draft|prepare|handle|take care of|take over|manage|translate|develop|shoot|film|produce|record|come up with|launch|do the|do a|do our) ... (too|as well|for that|for them|for it)",
    ],
    unless: [
      WITHIN_ARRANGEMENT,
      "(send|share|forward|attach|confirm|resend|include) ... (invoice|receipt|contract|quote|estimate|timesheet|hours|bank details|link|links|files|source files|login|password)",
      "(also|additionally) (send|share|forward|attach|confirm|let me know|tell|cc|copy|check|sign|resend|include the invoice)",
      "(copy of|invoice|receipt|contract|w-9|w9|tax|insurance|certificate|bank details|your details|your address|billing address|your signature|nda|timesheet)",
      "(we'd|we would|I'd|I would) also (like|love) to (thank|say|mention|add that|let you know)",
      "(squeeze|sneak|fit|slip) in (a|an|another)? (quick|short|brief)? (call|meeting|chat|catch-up|coffee|zoom|phone call|appointment|session)",
      "(in|into) (french|german|spanish|italian|dutch|portuguese|polish|english|chinese|japanese|arabic|welsh) as well as",
      // Asked for with its own quote or pay: new paid work, not creep (annotation guide).
      "(quote|price|estimate|cost) (it|this|that|them|for it|for that)? (separately|on its own|as a separate|as extra)",
      "(we'll|we will|happy to|glad to|we'd|we would) pay (for it|for that|for them|extra|on top)",
      // The same request is already flagged by the more specific rules below.
      "(while|since|as|now that) (you're|youre|you are) (at it|in there|already)",
    ],
    note: {
      en: "An extra deliverable added in passing: it needs its own quote or a place in the scope.",
      de: "Ein zusätzliches Ergebnis, nebenbei angefragt: Es braucht ein eigenes Angebot oder einen Platz im Umfang.",
    },
    examples: {
      flag: ["The brochure needs to be available in Spanish as well, we've just decided.", "Could we sneak in another landing page before launch?", "It'd be great if the podcast also came with a short trailer for Instagram.", "Would you mind moderating the comments on our Facebook page as well?", "By the way, we've decided we want an app as well, can you add that to what you're doing?", "We need the website in French and German too, can you handle the translations?", "Quick one while I think of it: could you design the invitations for our launch party too?", "Could you just throw in a couple of social banners too?", "I assume you can easily add an online shop to the site too.", "Could you turn it into a short email sequence?", "Could you handle our customer emails from now on as well?", "Would you mind also managing our Pinterest account?", "We'd love it if you could also put together a short promo video.", "We need a Dutch version of the flyer too.", "Could you also design the business cards?", "Can you also write the product descriptions for the shop?", "We'd also need a version for Instagram stories.", "We'll need the menu in Italian as well, if that's alright.", "Would you mind putting together a price list as well?", "Can you add a contact form while the site is open?", "It'd be lovely if you could design menu cards for the café as well."],
      pass: ["The labels have to be in English as well as French by law.", "Could we squeeze in a quick call on Friday?", "Could you make the logo a bit bigger too?", "Could you also send the invoice?", "Could you also send me the source files?", "We'd also like to thank you for the quick turnaround.", "Would you mind sending the invoice as well?", "Could you make the headline a bit bigger as well?", "It would be great if you could send the invoice too.", "We'd love a Spanish version of the course page too; could you quote it separately and we'll pay for it on top of the current project?"],
    },
  },
  {
    id: "en.scope.creep.extra-deliverables",
    signal: "scope.creep",
    language: "en",
    severity: 2,
    patterns: [
      "(two|three|four|five|six|a few|a couple of|a couple|several|some|#num) (more|extra|additional|new) (banner|ad|social|web|print|product|blog|landing|email|video|story|instagram|facebook|linkedin)? (page|pages|screens|landing pages|posts|banners|sizes|formats|languages|products|sections|graphics|videos|articles|blog posts|slides|emails|features|variations|illustrations|icons|templates|flyers|logos|adverts|reels|newsletters|versions|blogs|case studies)",
      "(add|adding|build|building|need|want|design|create|include) (a|an|some)? (whole|entire|complete|full)? (new|extra|additional|second|another) (page|section|feature|shop|store|blog|landing page|language|product line|microsite|website|site|module|area|portal|newsletter|campaign|logo|brand)",
      "(bigger|larger|broader|wider|expanded|extended) scope",
      // Every photo "in a square crop and a vertical one for stories as well": each format is another deliverable.
      "(need|needs|want|like|get|have|do) ... (in|as) (a|an)? (square|vertical|portrait|landscape|horizontal|black and white|black-and-white|mobile|widescreen|story|stories|reel|reels) (crop|crops|version|versions|format|formats|cut|cuts|edit|edits|size|sizes|one|ones) ... (as well|too|on top|plus)",
      "(expand|extend|broaden|widen|increase|grow) (the|our|your)? scope",
      // Whole features bolted onto a site: "Can you add a booking system to the site?"
      "(can|could|would|will) you (also|just|quickly|maybe|please)? (add|build|set up|integrate|bolt on|put) (a|an) (simple|small|basic|quick|little)? (booking system|booking tool|booking calendar|online shop|web shop|webshop|online store|e-commerce shop|members area|member area|membership area|login area|customer portal|client portal|forum|chatbot|live chat|blog|payment system|event calendar|job board|shop) (to|on|into|onto|for) (the|our|my) (site|website|homepage|page|landing page)",
      // Pages slipped into the brief after the fact: "I've added a few pages to the brochure brief".
      "(I've|we've|I have|we have|I|we|the team has|the team) (added|included|slipped|thrown|snuck|tacked) (a few|a couple of|some|two|three|four|five|#num|another|an extra|a new|more|several) (more|extra|new)? (pages|page|sections|section|items|tasks|deliverables|things|posts|products|slides|chapters|screens|videos|articles|languages) (to|into|onto|in) (the|your|our) (brief|briefing|list|scope|project|brochure|to-do list|spec|order|site|website|plan)",
      // "The brief said five blog posts, but could we squeeze in a couple of landing pages?"
      "(the|our) (brief|quote|contract|proposal|offer|agreement|scope|estimate) (said|says|was for|covers|covered|included|includes|mentioned|listed|only covers|only covered|only said) ... but (could|can|would) (we|you) (also|squeeze|add|fit|throw|include|get|have|do|sneak|slip|maybe)",
    ],
    unless: [WITHIN_ARRANGEMENT, "(quote|estimate|pricing|price|budget|invoice|cost|how much|what would it cost|change request)"],
    // "250 new products … before the sale": a pile of work at short notice is overload (annotation guide).
    yieldsTo: ["capacity.overload"],
    note: {
      en: "More deliverables than the agreement covers.",
      de: "Mehr Leistungen, als die Vereinbarung abdeckt.",
    },
    examples: {
      flag: ["Could you add a simple online shop to the website for the candles?", "We've added two more videos to the brief, the investors want a teaser too.", "The brief said three pages, but could we also get a blog?", "We'll need three more landing pages for the campaign.", "Could you add a whole new shop section to the site?", "We want to expand the scope a little.", "Can you do a couple of extra social sizes for the ads?", "We'd like the whole video as a vertical cut for reels too.", "Oh, and we need all the product shots in a landscape version as well, plus the originals in colour."],
      pass: ["Could you send a quote for adding a booking system to the site?", "The brief said five posts, but could we move the deadline to Friday?", "What would three more landing pages cost?", "Could you send a quote for an extra language version?", "The square version looks great on Instagram too.", "Could you price up a vertical cut of the video as well?"],
    },
  },
  {
    id: "en.scope.creep.outside-the-brief",
    signal: "scope.creep",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(wasn't|isn't|was not|is not|not|weren't|aren't|wasnt|isnt) (really|strictly|technically|originally|exactly)? (in|part of|included in|covered by|mentioned in|in scope of) (the|our|your) (original|initial|first)? (brief|scope|quote|plan|agreement|contract|proposal|deal|package|estimate|spec|specs|briefing|offer|list)",
      "(outside|beyond|out of|outside of) (the|our)? (original|initial|agreed|current)? scope",
      "(I|we) know (it's|this is|this isn't|it isn't|it wasn't|this wasn't|it is|this was|that's|that wasn't) (not|a bit|slightly|technically|strictly)? (extra|outside|beyond|new|additional)",
    ],
    unless: ["(quote|estimate|invoice|charge|bill|pay|paid|cost|price|change request|happy to pay|budget for)"],
    note: {
      en: "The client knows it is outside the agreement: that is the moment for a change request.",
      de: "Der Kunde weiß, dass es außerhalb der Vereinbarung liegt: der richtige Moment für ein Nachtragsangebot.",
    },
    examples: {
      flag: ["I know it wasn't part of the original brief, but could you do the packaging too?", "This is a bit outside the scope, but it would help us a lot.", "I know this is extra, but can you set up the shop?"],
      pass: ["I know it's outside the scope, so please send us a quote.", "The hosting is not in the quote, we'll pay it directly."],
    },
  },

  // scope.revisions
  {
    id: "en.scope.revisions.another-round",
    signal: "scope.revisions",
    language: "en",
    severity: 2,
    patterns: [
      "(another|yet another|one more|just one more|a further|a few more|some more|an extra|an additional|one final|one last|a final|a last|a fourth|a fifth|a sixth|a 4th|a 5th|a 6th|#num more) (quick|small|little|tiny|quick little)? (round|rounds|pass|set|batch|iteration|iterations|revision|revisions|correction|corrections) (of (changes|edits|revisions|tweaks|corrections|feedback|amends|amendments|adjustments|notes|comments))?",
      "(another|yet another|one more|several more|even more|more and more) (small|little|minor|quick)? (changes|edits|tweaks|amends|amendments|adjustments|corrections|revisions) (to|on|for|in)? (the|it|this|that|them|these|those)",
      "(another|yet another|one more|several more|even more|more and more) (small|little|minor|quick|last)? (changes|edits|tweaks|amends|amendments|adjustments|corrections|revisions)",
      "(version|draft|round|revision|iteration|v) (4|5|6|7|8|9|10|11|12|four|five|six|seven|eight|nine|ten)",
      "(fourth|fifth|sixth|seventh|eighth|ninth|tenth|4th|5th|6th|7th|8th|9th|10th|umpteenth|nth|millionth) (round|revision|version|draft|iteration|set of changes|pass|attempt)",
      "(another|one more|yet another) (version|draft|option|variant|variation|concept|mock-up|mockup|direction) (of|for)? (it|this|the|that)?",
      "(yet another|one more|another) (colour scheme|color scheme|scheme|palette|layout|logo|font|style|headline|approach|set of options|design|round)",
      "(change|changing|tweak|tweaking|adjust|adjusting|redo|redoing|alter|altering|swap|swapping|rework|reworking|rewrite|rewriting) (the|it|this|that|them|those|these) ... again",
      "(signed off|approved|okayed|signed it off|approved it|agreed on|finalised|finalized) ... but (now|actually|on reflection|having slept on it|thinking about it|after all)",
      "(have|take|give it|give this) (another|one more|a further|a fresh) (go|stab|crack|shot|pass|run) (at|on)",
      "(tweak|change|adjust|edit|revise|rework|redo|rewrite|try) (it|this|that|them|these|those)? (once more|one more time|yet again|all over again)",
      "(a few|some|several|two|three|#num) more (options|versions|variations|variants|concepts|directions|alternatives|mock-ups|mockups) (of|for|to)?",
      "(back and forth|back-and-forth|round in circles|in circles|round and round)",
      "still (not|isn't|is not) (quite)? (there|right|it|what we want|what we're after)",
      "still (doesn't|does not|don't|do not) (quite)? (feel|look|sound|read|sit) (right|quite right)",
      "(third|fourth|fifth|sixth|#num) time (we've|we have|we're|we are|I've|I have) (changed|changing|redone|redoing|revised|reworked|gone back|going back|tweaked|moved)",
      "(#num|two|three|four|five|six|seven|several|a few|many|so many) (rounds|revisions|versions|drafts|iterations|rounds of changes|rounds of edits) (already|in|so far|now|later|deep)",
      // "I know we said two rounds, but the board would like to go through it again".
      "(I know|I realise|I realize|I appreciate|I'm aware|granted|yes) (that)? (we|the quote|the contract|the agreement|the package) (only)? (said|agreed|agreed on|had|budgeted|booked|paid for|included|allowed|allows|includes|covers|covered) (for)? (#num|one|two|three|four) (rounds|round|revisions|sets of changes|rounds of (revisions|changes|feedback|edits|amends|corrections)) ... but",
      "(again|once more|all over again) from (the top|scratch|the start|the beginning)",
    ],
    unless: ["(within|as per|included in|part of) (the|our)? (agreed|#num|two|three|contract|included)? (rounds|revisions|scope)", "(first|1st|second|2nd) round"],
    note: {
      en: "Yet another correction loop: check it against the agreed number of revisions.",
      de: "Noch eine Korrekturschleife: Prüfen Sie sie gegen die vereinbarte Zahl an Korrekturrunden.",
    },
    examples: {
      flag: ["I know we said two rounds, but the board has seen it now and they'd like to go through the whole thing again from the top.", "I know we've done four rounds already, but the board wants one more look at the layout.", "Can you have another go at the intro? Still not quite there.", "Let's tweak it once more and then I'll show the board.", "Could you send a few more options for the logo?", "Sorry for all the back and forth on this one.", "This is the third time we've changed the layout, I know.", "We signed it off last week, but now we'd like a warmer tone.", "This will be version 7, with a few more tweaks.", "Could we try yet another colour scheme?", "We need to change the font again.", "Could we do one more round of changes?", "We have yet another batch of tweaks to the homepage.", "Here is the feedback for the fifth round.", "Can you send another version of the logo?"],
      pass: ["Here is our feedback for the second round, as agreed.", "Thanks, no more changes from our side.", "This is our first round of feedback.", "Could you take another look at the invoice date?", "The app still isn't live on the store, but that's Apple's review."],
    },
  },
  {
    id: "en.scope.revisions.go-back",
    signal: "scope.revisions",
    language: "en",
    severity: 2,
    patterns: [
      "(go|going|change|changing|switch|switching|revert|reverting|return|returning|get|put) (it|them|this|that|everything)? back to (the|our|your)? (very)? (first|original|earlier|previous|old|initial|second|older|last|first) (one|version|versions|draft|design|concept|option|idea|layout|headline|logo|colour|color|colours|colors|font|wording|text|copy|direction|palette)",
      "(go|going|change|changing|switch|switching|revert|reverting|put|putting|set|setting|make|change it) (it|them|this|that|everything|things)? back (to how it was|to the way it was|the way it was|how it was|to what it was|like it was|as it was|like before|to before)",
      "(liked|prefer|preferred|like|loved) (it|them|the (old|first|original|earlier|previous) (one|version|draft))? (better|more)? (before|the way it was|originally|in the first draft|in the first version|in the original)",
      "(preferred|prefer) the (first|original|earlier|previous|old|initial|very first) (one|version|draft|design|option|concept|logo|layout|headline|colours|colors|palette)",
      "(liked|loved|like) the (first|original|earlier|previous|old|initial|very first) (one|version|draft|design|option|concept|logo|layout|headline|colours|colors|palette) (better|more)",
      "back to (the|our|your)? (very)? (first|original|earlier|previous|old|initial|older) (one|version|versions|draft|design|concept|option|idea|layout|headline|logo|colour|color|colours|colors|font|wording|text|copy|direction|palette|approach|structure)",
      "back to (the|our|your)? original",
      "(revert|reverting|reverted|switch back|switching back) to (the|our|your)? (very)? (first|original|earlier|previous|old|initial|older)",
      "(go|going|get|switch|switching|revert|reverting|return|returning) back to (that|that one|the one before|the old one|the previous one|what we had|how it was|the way it was)",
      "(change|changing|switch|switching|revert|reverting|put|putting|set|setting|turn|turning) ... back to (the|our|your|how|what|the way)",
      "(undo|reverse|revert|roll back|take back|remove) (the|those|these|all|my|our|the last|all the|all of the|yesterday's|today's|last week's|your|the latest|the recent|the last round of)? (changes|edits|tweaks|amendments|corrections)",
      "(go|going|stick|sticking|run|running) with the (first|original|earlier|previous|old|initial|very first) (draft|version|one|design|concept|option|layout|logo|headline|idea) (after all|instead|again)",
      "(our|the|a) new (ceo|boss|director|marketing director|head of marketing|cmo|md|manager|partner|owner|investor|board member|creative director|marketing manager) ... (wants|would like|she'd like|he'd like|they'd like|has|asked|thinks|feels|prefers|isn't|doesn't|hates|changed|ideas|different|rethink|revisit|reopen|redo|from scratch|fresh eyes|own take)",
      "(back|return) to the drawing board",
      "(back|return|go back) to square one",
      "(start|starting) (over|again|from scratch|afresh)",
      "(change|changing|switch|switching|put|putting|revert|reverting|set|setting|turn|turning) (those|them|it|these|that|this|everything|things|all of it|all of them) back",
      "(go through|redo|revise|rework|rewrite|change|update|edit|amend|adjust|tweak|look at|check|go over|redesign) (the|it|this|that|them|everything|all|our|those|these) ... (once more|once again|yet again|one more time|all over again)",
      "(changed|updated|revised|altered|rewrote|rewritten|reworked|tweaked|adjusted|amended|reworded) (the|their|our|its|his|her)? (brief|glossary|requirements|spec|specs|specification|direction|copy|text|content|guidelines|wording|structure|plan|messaging|colours|colors|palette|concept|mind|minds) again",
      "(rethink|rework|redo|revisit|overhaul|reconsider) (the|our) (whole|entire|complete)? (design|concept|palette|colour palette|color palette|colours|colors|typography|layout|illustrations|style|logo)",
      "(swap|switch|change|flip|revert|turn) (it|them|this|that|everything|things)? back (to|again)",
      "(put|bring|add) (the|our) (old|previous|original|first|earlier) ... (tagline|strapline|slogan|logo|headline|heading|title|font|fonts|colour|color|colours|colors|palette|layout|photo|photos|image|images|picture|intro|ending|music|track|text|copy|wording|version|design|button|menu|banner|header|footer|section|sections|slide|slides|icon|icons|name|cut|edit|mix|animation|video|graphic|graphics|page|pages|map|chart|quote|quotes) ... back",
      "(revisit|rethink|reopen|reconsider|tweak|change|redo|rework) (the|it|this|that|our|those|these) ... (once more|once again|yet again|one more time|again)",
      "(undo|reverse|revert|roll back|unpick) (everything|all of it|it all|all that|the whole (thing|round|lot)|the last round|what you did)",
      "(prefer|preferred|liked) (where|how|what) (we|it|things) (were|was|had|looked) (before|originally|at first|last week|in the first round)",
      "(revert|go back|return|switch back|swap back|change back) to the (layout|design|version|draft|logo|copy|headline|colours|colors|font|wording|structure|concept|palette|edit|cut|one) (from|of) (last week|before|the first round|the start|round one|yesterday|last month|the beginning|(#num|two|three|four|five|six|a few|a couple of) (weeks|days|months|rounds) ago)",
      "(with|use|keep|bring back|put back|want|need|go back to|switch to|revert to|swap in) the (old|original|previous|earlier|first) (font|fonts|colour|color|colours|colors|headline|layout|logo|image|photo|palette|copy|wording|intro|music|cut|edit) (from|of) (version|v|draft|round) (#num|one|two|three|four)",
      "(want|bring|put|get|have) the (v1|v2|v3|v4|v5|v6) ... back",
      "back (to)? (the way|how|what) it (was|looked|read|sounded) (#num|one|two|three|four|a few|a couple of) (drafts|versions|rounds|weeks|days|months|edits|mixes) ago",
    ],
    // Starting over with another freelancer is a threat to leave (or a compliment), not a new round.
    unless: ["(start|starting|begin|beginning) (over|again|afresh|from scratch) with (someone|somebody|another|a new|a different|other|anyone)"],
    note: {
      en: "Changing things back or starting over: the goalposts are moving.",
      de: "Zurück zur alten Fassung oder ganz von vorn: Die Ziele verschieben sich.",
    },
    examples: {
      flag: ["Can we go back to the version from three weeks ago? Actually, keep the new headline but with the old font from version 2.", "Let's revert to the layout from two weeks ago, the new one isn't working for the team.", "Now they want the impact section restructured back the way it was two drafts ago.", "Our new CMO started on Monday and she'd like to revisit the positioning from scratch, so let's reopen the brand pillars we signed off in March.", "Could you undo everything from the last round? We prefer where we were before.", "Could we swap back to the green? The team preferred it in the end.", "Can you put the old tagline back? We've gone off the new one.", "Sorry to do this again, but can we revisit the homepage layout one more time?", "Actually, can we undo yesterday's changes?", "Let's go with the original headline after all.", "Our new marketing director wants to revisit the colours we signed off.", "We're back to square one, I'm afraid.", "We preferred the first draft, can we go back to that?", "The client changed the glossary again, so please change those terms back.", "Could we rethink the typography across all pages?", "Let's revert to the earlier layout after all.", "Can we go back to the first version of the headline?", "Actually, please change it back to how it was.", "We liked it better before.", "Please undo the changes from yesterday.", "I think we need to start from scratch."],
      pass: ["Can you bring the old chairs back from the studio?", "It's the same as the way it was two weeks ago, nothing has changed.", "The old font from version 2 was lovely, but we're happy with the new one.", "Please put the files back in the shared folder when you're done.", "We're back from the fair and loved the brochure.", "Go back to the first page and you'll see the link.", "I'd rather keep working with you than start over with someone new.", "We don't want to start again with another agency."],
    },
  },
  {
    id: "en.scope.revisions.said-final",
    signal: "scope.revisions",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(we|I|you) (said|called it|agreed|signed off|approved|confirmed|decided) (on)? final",
      "(said|agreed|thought|decided|confirmed|approved) (it was|this was|that was|it is|this is|it's|that's|it would be|it'd be|that would be|as) (the)? final",
      "(I|we) (know|appreciate|realise|realize|understand|am aware|are aware|admit) (that)? (we|I|we've|I've|we have|I have|you've|you have|it's|it was|this was) (already|previously|just)? (approved|signed off|agreed|confirmed|okayed|been approved|been signed off)",
      "(I|we) (promise|swear) (this is|it's|it is|that's|that is|this will be|it'll be)? (the|our)? (very)? (last|final)",
      "(last|final) (one|change|changes|tweak|tweaks|round|request|thing|edit|edits) (I|we) (promise|swear)",
      "(changed|change|changing) (my|our) (mind|minds)",
      "(on|after) second thought",
      "(actually|hmm) (can|could) (we|you) (go|change|switch|try|revert|swap|move|make it)",
      "(completely|totally|entirely|a) (different|new) (direction|approach|concept|look|style|idea) (after all|instead|now|altogether|this time)?",
      "(even though|although|though|despite|after) (we|I|it|they|the team|you) (had|have|'d)? (signed it off|signed off|approved it|approved|okayed it|agreed on it|finalised it|finalized it|was approved|was signed off|had been approved|been approved|signed this off|approved this)",
      "(changes|edits|tweaks|amends|amendments|comments|notes|feedback|revisions) (to|on) (the|our) (approved|signed-off|signed off|final|finalised|finalized|agreed) (draft|design|version|layout|copy|logo|artwork|files|concept|text)",
      "(even though|although|though|despite the fact that) (we'd|I'd|we've|I've|we had|I had|we have|I have|they'd|they've|they had|it was|it had been|it's been|this was|that was) (already|all|previously)? (approved|signed off|signed it off|signed this off|okayed|agreed on|finalised|finalized|been approved|been signed off) (it|this|that|them)?",
      "(her|his|their) own (pass|round|review|go|look) (on|at|over) (the|it|this|that|everything) (whole|entire)?",
      // "I know we said mix v4 was final, but …", "the version we all approved on Friday and now wants …"
      "(said|agreed|decided|confirmed|thought|called) ... (was|would be|is|as) (the)? final ... but",
      "(version|draft|design|layout|copy|edit|cut|mix|logo|concept|text|artwork|deck|video|site|proofs|files|brochure|script|report) (we|you|I|they|everyone)? (all)? (approved|signed off|okayed|agreed on|finalised|finalized) ... (and|but) now (wants|want|would like|'d like|asks|asked|wishes|needs|is asking|are asking)",
      // "Let's reopen the brand pillars we signed off in March."
      "(reopen|revisit|rethink|redo|rework|unpick|tear up) (the|our) (brand|design|designs|logo|pillars|positioning|copy|layout|concept|concepts|draft|drafts|edit|script|mix|artwork|pages|site|structure|messaging|wording|text|texts|deck|slides|video|colours|colors|palette) ... (we|you|I|they|the board) (all)? (signed off|approved|agreed|finalised|finalized|okayed|locked)",
    ],
    unless: ["(meeting|call|appointment|date|time slot|invoice|payment)", "(if you have|if you've got|all ears|open to (ideas|suggestions)|if anything)"],
    note: {
      en: "Approved work reopened: a sign that revisions will not end without a limit.",
      de: "Bereits Freigegebenes wird wieder geöffnet: Ohne Grenze enden die Korrekturen nicht.",
    },
    examples: {
      flag: ["I know we said mix v4 was final, but I played it in the car and now I want the v2 snare back.", "The board has read the version we all approved on Friday and now wants the impact section restructured.", "Let's reopen the brand pillars we signed off in March.", "Our marketing lead has come back with a whole new set of changes to the approved draft.", "My co-founder has seen it and wants to change the whole colour scheme, even though we signed it off.", "I appreciate we've already approved the moodboard, but our new director has ideas.", "I know we said final, but can we tweak the colours?", "I know we already approved it, but the team has some thoughts.", "This is the last change, I promise!", "We've changed our minds about the font.", "On second thought, could we try the blue?"],
      pass: ["We agreed the v4 mix was final, but if you have ideas we're all ears.", "The board approved the budget on Friday and now wants to kick off in May.", "Let's revisit the plan we signed off once the funding comes through.", "We changed the meeting to Thursday.", "The final files look great, thank you."],
    },
  },

  // scope.free_work
  {
    id: "en.scope.free_work.surely-included",
    signal: "scope.free_work",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(surely|presumably|obviously|of course|I assume|I'm assuming|I am assuming|we assume|we're assuming|we are assuming|I take it|I guess|I suppose) ... (included|covered|part of (it|the (package|price|deal|project|fee|quote|job)))",
      // "I'm assuming that's part of the branding package anyway": a package named by what it holds.
      "(that's|that is|it's|it is|this is|these are|they're|they are|that'd be|that would be|it'd be|it would be) (all|surely|obviously|presumably|basically|really)? part of the (branding|brand|design|website|web|logo|launch|starter|basic|full|whole|original|social|content|wedding|photo|bookkeeping|marketing|onboarding) (package|bundle|deal|job|project|quote|fee|price) (anyway|already|surely|right|isn't it|no|too)",
      "(be|all be|already be) (included|covered|free of charge|at no cost|at no extra cost|on the house|part of the (package|price|deal|project|fee|quote|job|service))",
      "(should|would|must|will) (obviously|surely|of course|definitely|really|naturally) be free",
      "(included|covered|part of the (branding|brand|design|website|web|logo|launch|starter|basic|full|whole|original)? (package|price|deal|fee|quote)) (right|isn't it|aren't they|surely|I assume|yes)",
      "(no|without) (extra|additional|added|further) (charge|charges|cost|costs|fee|fees|payment|invoice|billing)",
      "(free of charge|for free|for nothing|at no cost|at no charge|free of cost|complimentary|on the house|pro bono|gratis)",
      "(first|a|one|the first|an initial|a trial) (month|week|day|session|job|project|article|task|hour|shoot|post|fortnight) (of (work|bookkeeping|posts|posting|content|copy|editing|admin|design|support|social media|coaching|management|writing|cleaning|updates|maintenance))? (free|for free|free of charge|unpaid|on the house|gratis|without pay|without charge)",
      "(no|zero|without a|without any|don't have a|don't have any|do not have a|haven't got a|have no|there's no|there is no|don't have|do not have|haven't got|have not got) (budget|money|funds|funding) (for|to pay for|to pay|set aside for) (this|it|the|a|design|you|your|that|these|an)",
      "(didn't|did not|never|wouldn't have) (think|expect|realise|realize|assume|imagine) ... (would be|were|are|to be|would get|would cost|cost) (billed|charged|invoiced|extra|chargeable|billable|paid|anything)",
      "(don't|do not|can't|cannot|fail to) see why (we|I) (should|would|have to|need to|must|ought to) (pay|be charged|be billed) (extra|more|anything|for|separately)",
      "why (should|would|do) (we|I) (pay|be charged|be billed) (extra|more|separately|anything) for",
      "(can't|cannot|won't be able to|are unable to|aren't able to|are not able to|couldn't) (pay|compensate|afford to pay) (you)? (for (this|it|that|the work|your work|your time))? (yet|right now|at the moment|now|at this stage)? (but|though|however|unfortunately)",
      "(donate|donating|donated|volunteer|volunteering|gift|gifting) (your|some of your|a bit of your)? (time|services|work|skills|expertise)",
      "(good|great|worthy|noble) cause",
      "(we'll|we will|I'll|I will) (definitely|surely|certainly|absolutely)? (hire|use|book|pay|work with|bring in|bring) you (for|on|in|again) ... (later|once|when|after|down the line|in the future|big|bigger|next|rebrand|paid)",
      "(show|prove) (me|us) (what you can do|yourself|your worth|your skills|you're worth|you can do it)",
      "(won't|will not|don't|do not|wouldn't) expect (an|a|any) (invoice|bill|charge|extra charge|fee) (for)?",
      "(can't|cannot|unable to|not able to|aren't able to|won't be able to|are not able to) (offer|provide) (any)? (payment|a fee|compensation|remuneration|pay|a budget)",
      "(don't|doesn't|shouldn't|won't|wouldn't|do not|does not|should not) (need to|have to)? (be)? (charged|billed|invoiced|chargeable|billable) (for)?",
      "(instead of|in place of|in lieu of|rather than) (a|your|the|any)? (fee|payment|pay|paying you|money|cash|invoice|salary|rate)",
      "(without|with no) (charging|billing|invoicing|charge|extra charge|additional charge) (us|me|extra|anything|more|for it)?",
      "(add|put|tack|stick) (the|it|them|this|these|that) ... (on|to|onto) the (existing|same|current|original|last|old) (invoice|quote|bill|estimate)",
      "(we|I) (assumed|figured|thought|expected|took it that|presumed) ... (would be|were|are|was|'d be) (thrown in|included|covered|part of the (package|price|deal|fee|quote)|free)",
      "(thrown in|chucked in) (with|as part of|in) (the|your)? (package|price|deal|fee|quote|job)",
    ],
    unless: ["(the|a|one|every) (second|third|fourth|fifth|sixth|tenth|last|extra|next) (one|logo|item|page|post|video|design|photo|article|banner)? ... (for free|free)", "(shipping|delivery|parking|wifi|wi-fi|lunch|coffee|cancel|cancellation|consultation|we offer|our customers|we give|we're offering)", "(app|software|tool|subscription|platform|plan|account|licence|license|version) ... trial", "trial (of|period|version|account|subscription|ends|ended|expires|expired|licence|license)", "(feel free|free time|free slot|free day)", "covered by (us|our|the client|insurance|the budget|our budget|the company)", "(thanks|thank you|thx) (a lot)? for nothing"],
    note: {
      en: "Work assumed to be included or free: if it is not in the agreement, it has a price.",
      de: "Arbeit, die als inklusive oder kostenlos angenommen wird: Steht sie nicht in der Vereinbarung, hat sie einen Preis.",
    },
    examples: {
      flag: ["We assumed the extra product shots would be thrown in with the package.", "We're a start-up, so instead of a fee we can offer you a mention in our launch video.", "Can you just add the social graphics to the existing invoice without charging extra?", "The fixes are obviously part of the original fee, so I won't expect an invoice.", "We can't offer payment at this stage, but we'd give you a shout-out on our socials.", "Surely a few tweaks to the brochure don't need to be charged?", "I don't see why we should pay extra for the mobile version.", "I didn't think small changes would be billed.", "We're a charity, so we hoped you'd run the campaign for nothing.", "We can't pay yet, but we'll definitely hire you for the rebrand once we've raised.", "Would you consider donating your time? It's for a great cause.", "Fixing those bugs should obviously be free.", "You could do the first week free to show us what you can do.", "Surely the social media graphics are included?", "That should be included in the package.", "The extra page is included, right?", "Can you add the banner at no extra charge?", "Could you do the business cards for free?"],
      pass: ["If we order ten banners, could the tenth one be thrown in for free?", "We're happy to pay extra for the mobile version, please add it to the quote.", "Thanks for nothing, I guess.", "Is hosting included in the quote, or should we budget for it?", "Feel free to call me on Monday.", "We offer free shipping to our customers."],
    },
  },
  {
    id: "en.scope.free_work.favour",
    signal: "scope.free_work",
    language: "en",
    severity: 2,
    patterns: [
      "(as|do (me|us)|a|one|small|little|quick|personal|tiny|big) (a|a small|a little|a quick|a personal|a tiny)? (favour|favor)",
      "(goodwill|good will) (gesture|basis)",
      "(as a|a small|a little|a|the) freebie",
      // "Throw it in" gives it away; "throw in a couple of pages" is an add-on (scope.creep) unless it is said to be free.
      "(throw|throwing|chuck|chucking) (it|this|that|them) in",
      "(throw|throwing|chuck|chucking) in ... (for free|free of charge|as a bonus|as a freebie|on the house|gratis|at no (extra)? (cost|charge))",
    ],
    unless: ["(in return|I owe you|we owe you|we'll pay|happy to pay|invoice|bill us)", "(favour|favor) ... (resend|re-send|forward|check|confirm|let me know|remind|look at|have a look|double-check|double check)"],
    note: {
      en: "Work asked for as a favour: a kindness you may give, not a duty.",
      de: "Arbeit, um die als Gefallen gebeten wird: eine Freundlichkeit, die Sie geben können, keine Pflicht.",
    },
    examples: {
      flag: ["Could you do the flyer as a favour?", "Can you do me a small favour and redo the menu?", "Maybe you could throw in a logo as a bonus?", "Any chance you could throw it in, seeing as we're ordering the whole set?", "Could you throw in the social banners on the house?"],
      pass: ["Quick favour: could you resend the link to the drafts?", "We'll pay for the extra page, I owe you a favour.", "Throw the old files away, we don't need them.", "Can you throw in a short FAQ section before we launch?"],
    },
  },
  {
    id: "en.scope.free_work.exposure",
    signal: "scope.free_work",
    language: "en",
    severity: 2,
    patterns: [
      "(for|the|great|good|get|lots of|plenty of|some|free|huge|massive|valuable|in exchange for|in return for|instead of payment|give you|so much|such|loads of|tons of|a lot of|amazing|incredible) (the)? exposure",
      "(for|in|build|building|add to|great for|good for|nice for|boost|in your|on your|grow|help your|improve) (your)? portfolio",
      "(we'll|we will|I'll|I will|we can|we could|happy to) (credit|tag|mention|recommend|refer|feature|link to|shout out) (you|your)",
      "(visibility|credit|reference|testimonial|review|referral|referrals|recommendation) (instead|in return|in exchange|as payment|rather than)",
      "(future|more|new|lots of|plenty of|bigger|paid|regular|ongoing) (work|projects|business|jobs|job|gigs) (later|down the line|down the road|if (this|it) (goes well|works out)|in the future|afterwards|coming your way)",
      "(great|good|nice|lovely|strong|perfect|fantastic|amazing|cool|brilliant) portfolio (piece|project|item|addition|work|material)",
    ],
    unless: ["(invoice|we'll pay|we will pay|paid|fee|rate|budget) ... (as well|too|also|plus|and)", "(pieces|piece|work|ones|samples|examples|projects|images|designs|illustrations|photos|logos|sites|stuff) (in|on|from) your portfolio", "(saw|seen|loved|liked|looked at|looking at|browsed|browsing|went through|found you through|found you via|compared with|compared to) ... your portfolio"],
    note: {
      en: "Exposure, a portfolio piece or future work offered instead of pay.",
      de: "Reichweite, ein Portfolio-Stück oder künftige Aufträge statt Bezahlung.",
    },
    examples: {
      flag: ["We don't have budget for this bit, but it's a great portfolio piece.", "It would look brilliant in your portfolio, so maybe you could do it for free?", "There's no budget for this, but it would be great exposure.", "It would be great exposure for you.", "This would look amazing in your portfolio.", "We'll credit you on our website and tag you on Instagram.", "There'll be lots of paid work down the line if this goes well."],
      pass: ["The menus feel a bit stiff compared with the pieces in your portfolio.", "Your portfolio convinced us, here is the signed contract.", "We'll pay the invoice and also credit you on the website as well."],
    },
  },
  {
    id: "en.scope.free_work.unpaid-test",
    signal: "scope.free_work",
    language: "en",
    severity: 2,
    patterns: [
      "(unpaid|free|spec|speculative|trial|test|sample) (test|trial|task|assignment|project|piece|job|article|design|logo|draft|concept|post|mock-up|mockup|pitch|work|period|week|day)",
      "(before|prior to) (we|I) (commit|hire|sign|pay|decide|agree|go ahead|book|engage|start paying)",
      "(pay|paying|payment) (only)? (if|once|when|after) (we|I) (like|love|approve|are happy|are satisfied|see results|use it|choose|pick|go ahead|proceed|decide to proceed|hire you|sign|use them|move forward|commission|go with you)",
      "(send|show|give|do|prepare|sketch) (us|me)? (a few|two or three|some|#num|three|two|a couple of|a handful of) (quick|rough|initial)? (concepts|ideas|mock-ups|mockups|samples|designs|drafts|options|sketches) (first|upfront|up front|before)",
      "(only|just) (pay|paying) (for)? (what|the one|the ones|the option|the design) (we|I) (use|choose|pick|like|keep)",
      "(unpaid|without pay)",
      "(winner|best one|best concept|best design|best pitch|chosen one) (gets|wins|will get|will win) (the|a)? (contract|job|project|work|gig|account)",
    ],
    // "Before we go ahead" and "only if we like it" say nothing about pay unless the sentence is about a sample, a test or paying.
    requires: ["(test|trial|sample|samples|spec|mock-up|mockup|mock-ups|mockups|concept|concepts|idea|ideas|draft|drafts|design|designs|logo|article|pitch|unpaid|free|pay|paid|paying|payment|portfolio|your style|your approach|how you'd|how you would|options|sketches)"],
    unless: ["(unpaid|outstanding|overdue) (invoice|invoices|bill|bills|balance|amount|amounts|fees)", "unpaid (leave|holiday|holidays|internship|break|overtime)", "(sign off|sign-off|signing off|signed off)", "((we'll|we will|we'd|we would) pay (you)? (for (it|this|the (test|trial|sample|task|article))|your (usual|normal|day|hourly)? rate)|(test|trial|sample|task) (is|will be) paid|paid (test|trial|task|sample)|at your (usual|normal|day|hourly)? rate|compensate|compensated|invoice (us|it|for it))", "(software|app|subscription|tool|account|license|licence|saas|plan)"],
    note: {
      en: "Unpaid test or trial work, or pay only if they like it: the risk is all yours.",
      de: "Unbezahlte Probearbeit oder Bezahlung nur bei Gefallen: Das Risiko liegt ganz bei Ihnen.",
    },
    examples: {
      flag: ["We'd like you to prepare three full concepts for the pitch, unpaid, and the winner gets the contract.", "Could you send two or three concepts first? We'll pay if we go ahead.", "Could you do a small unpaid test task first?", "We'd like to see a free sample logo before we commit.", "We'll only pay for the design we choose."],
      pass: ["Our unpaid invoices from last year are with the accountant now.", "The trial task is paid at your usual day rate.", "Our free trial of the app ends tomorrow.", "We'll check a printed proof next week before we sign off.", "Let me check with my boss before we go ahead."],
    },
  },
  {
    id: "en.scope.free_work.dont-charge",
    signal: "scope.free_work",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(won't|wouldn't|will not|would not|don't|do not|shouldn't|should not|no need to|please don't|hope you won't|assume you won't) (need to|have to|want to|be)? (charge|bill|invoice|charging|billing|invoicing) (us|me|for|extra|anything|more)",
      "(shouldn't|won't|wouldn't|should not|will not|would not|doesn't|does not|can't) cost (anything|us anything|extra|more|much|us extra|us more)",
      "(include|including|add|adding|fit|fitting|squeeze|do|doing) (it|this|that|them|these)? (in|into|within|for|under)? the (same|existing|current|original|agreed|initial) (price|fee|budget|quote|rate|invoice|package|cost|amount)",
      "(within|in|for|under) the (same|existing|current|original|agreed|initial) (price|fee|budget|quote|package|amount|cost)",
      "(shouldn't|should not|don't think (we|I) should|do not think (we|I) should|don't see why (we|I) should|not sure (we|I) should|shouldn't have to|should not have to) (be|get)? (charged|billed|invoiced|pay|have to pay|pay extra|pay anything) (for|extra|anything|separately)",
      "(don't|do not|won't|shouldn't) (think)? (we|I)? (need|have) to (talk about|discuss|worry about|bother with|get into|mention) (a|any) (fee|fees|price|payment|money|cost|costs|invoice|rate|budget)",
    ],
    unless: ["(happy to pay|we'll pay|we will pay|send (us|me) a quote|add it to the invoice|bill us separately)"],
    note: {
      en: "More work expected at the price already agreed.",
      de: "Mehr Arbeit zum bereits vereinbarten Preis erwartet.",
    },
    examples: {
      flag: ["You'll get so much exposure from our 80k followers that I don't think we need to talk about a fee for the reel.", "I don't think we should have to pay extra for the second language.", "You won't charge us for that, will you?", "It shouldn't cost anything extra, it's a tiny change.", "Can you include the flyer in the same price?", "We'd like the brochure within the original budget."],
      pass: ["I don't think we need to talk about the fee again, your quote is fine.", "We should be charged separately for the French edition, please send a quote.", "If the brochure costs extra, we're happy to pay.", "The price is the same as last year, which is fine."],
    },
  },
];
