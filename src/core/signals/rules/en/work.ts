import type { PhraseRule } from "../../types";

/** How far off, and in what way, the work looks or reads. */
const LOOKS_WRONG =
  "(all|a bit|a little|slightly|completely|totally|way|too|quite|really|very|so|just|kind of|kinda|rather|somewhat|a tad)? (off|wrong|weird|strange|odd|flat|dull|boring|bland|cluttered|busy|messy|dated|old-fashioned|outdated|cheap|cheap-looking|generic|childish|amateurish|amateur|unprofessional|clunky|stiff|robotic|cheesy|corporate|sterile|lifeless|lacklustre|lackluster|uninspired|uninspiring|forgettable|underwhelming|clumsy|awkward|confusing|hard to read|unreadable|illegible|inconsistent|sloppy|rushed|unfinished|blurry|pixelated|wonky|crooked|misaligned|ugly|terrible|awful|horrible|poor|mediocre|subpar|sub-par|underexposed|overexposed|tilted|out of sync|out of focus|grainy|washed out|cut off|off-centre|off-center|stretched|distorted|low-res|low resolution|squashed|too dark|too bright|too small|too big|inaccurate|incorrect|incomplete|not centred|not centered|not aligned|cramped|squashed|squished|crammed|choppy|jerky|laggy|jumpy|glitchy|muddy|muffled|tinny|garbled|patchy|uneven|lopsided|all over the place|a mess|a bit of a mess|a step backwards|a step back|too loud|too quiet|too long|too short|too busy|too plain|too flat|too casual|too formal|too stiff|too salesy|too wordy|too dense|too cluttered|too generic|off-brand|off brand|over-edited|overedited|over-processed|overprocessed|over-retouched|over-sharpened|over-saturated|oversaturated|orange|green-tinged|plastic|fake|airbrushed|pale|too pale|faded|muted|too muted|harsh|too harsh|murky|blotchy|too heavy|too light|too thin)";

/**
 * Unhappiness with the delivered work itself, said about the work. This is the one
 * "work" signal: it asks for a fix within scope, not a boundary. Contempt for the
 * work ("garbage", "a child could do better") is tone.hostile instead.
 */
export const WORK_RULES: readonly PhraseRule[] = [
  {
    id: "en.work.dissatisfaction.doesnt-match",
    signal: "work.dissatisfaction",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(doesn't|does not|don't|do not|didn't|did not|isn't|is not|aren't|are not|doesnt|dont|didnt) (really|quite|at all|fully|entirely)? (match|fit|reflect|capture|represent|align with|feel like|look like|sound like|speak to|convey|suit|work for|resonate with|follow|meet) (our|the|my|us|what we|what I|who we|anything we)",
      "(not|isn't|wasn't|aren't|weren't|is not|was not|are not|were not|isnt|wasnt) (quite|really|exactly|at all|remotely|even close to|anywhere near)? (what (we|I) (was|were|had)? (asked|wanted|had in mind|were looking|was looking|expected|expecting|envisioned|envisaged|discussed|agreed|briefed|ordered|paid|pictured|picturing|imagined|imagining|hoping for|hoped for|going for|after|meant|described|need|needed)|the (look|vibe|feel|style|direction|tone|quality|result) (we|I)|on brand|on-brand|up to (scratch|standard|our standards|the standard)|good enough|usable|acceptable|right for (us|our)|what the brief|in line with)",
      "(off|not on|doesn't feel on|isn't on) brand",
      // "Exactly what I asked for, if I'd asked for sunsets": the opposite said with irony.
      "what (I|we) (asked for|wanted|ordered) if (I'd|we'd|I had|we had) (asked for|wanted|ordered)",
      "(missed|misses|missing|ignored|ignores|overlooked|disregarded) (the|our|my)? (brief|point|mark|feedback|instructions|requirements|spec|specs|guidelines|brand guidelines|style guide|briefing)",
      "(far|way|miles|a long way) (from|off) (what|the brief|our brief|the mark|the target|the direction)",
      "(I|we) don't think (this|it|the (design|draft|logo|copy|text|layout|site|concept)) (works|matches|fits|is right|is working|captures|reflects|hits)",
      "(doesn't|does not|don't|do not|isn't|is not|didn't) (quite|really)? (look|feel|read|sound|seem) (right|good|professional|finished|polished|premium|modern|clean|on brand|like us|like our brand)",
      "(we|I) (asked for|specified|requested|wanted|briefed|said) ... (but|and) (you|we got|I got|got|received|instead|this is|it's|it is|this reads|it reads|this looks|it looks|this sounds|it sounds|this feels|it feels|what came back|what we got)",
      // "I don't think this is good enough to put in front of the board".
      "(I|we) (don't|do not) think (this|it|that|these|they|the|your|any of) ... (is|are|was|were) (quite|really)? (good enough|there yet|up to (scratch|standard|our standards|the standard)|professional enough|strong enough|polished enough|usable|publishable|acceptable|fit to (publish|print|send|use|go out|show))",
      "(looks|look|sounds|sound|reads|read|feels|feel) nothing like (the|our|what|us|a|anything)",
      "(this|it|that|the (design|draft|layout|logo|copy|text|concept|video|edit|site|page|headline|tone|colours|colors|font|photos|images|illustrations|animation|style)) (just|really|honestly|simply)? (isn't|is not|doesn't|does not|don't|do not|aren't|are not) (really|quite)? (working|work) for (me|us|our (brand|audience|customers|clients))",
      "(I|we) (expected|was expecting|were expecting|had expected|hoped for|had hoped for|imagined|envisioned|pictured|had in mind) (something|a bit|a little|a lot|much|far|quite a bit)? (more|better|something more|something better|higher) (polished|professional|premium|modern|creative|original|refined|sophisticated|elegant|punchy|striking|bold|dynamic|engaging|upmarket|high-end|quality|from (this|the (draft|design|result)))?",
      "(not|isn't|is not|wasn't|was not) the (quality|standard|level) (we're|we are|I'm|I am|we were|I was) (used to|expecting|paying for|used to from you)",
      "(worse|weaker) than (the|before|the last|the previous|the old|the first|the original|what we had|version #num) (one|version|draft|round|design)?",
      // "… not really how we talk to our customers": the voice is not theirs.
      "(not|isn't|is not|wasn't|was not) (really|quite|at all|remotely|exactly)? (how|the way) (we|I|our (brand|team|customers|clients|readers)) (talk|talks|speak|speaks|write|writes|sound|sounds|communicate|communicates|come across|comes across)",
      // "What part of 'no stock photos' did you not understand": an instruction the work ignored.
      "what part of ... (did you not|didn't you|do you not|don't you|was not|wasn't) (understand|get|clear)",
      // "Did you even look at the brief?": a reproach that says the work ignores it.
      "(did|have) (you|u) (even|actually|ever) (look at|looked at|read|open|opened|glance at|glanced at|check|checked) (the|my|our|that) (brief|briefing|brand guide|brand guidelines|style guide|instructions|notes|mood board|moodboard)",
    ],
    unless: ["(send|attach|include) ... (invoice|file)", "(internally|among ourselves|in the office|in meetings|in house|in-house)", "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|call|meeting|time|date|slot|day|week|weeks|days|morning|afternoon|tomorrow|o'clock|am|pm|schedule|timeline|turnaround|timing|deadline|price|rate|quote|budget|payment)", "(competitor|competitors|the competition|other agencies|other designers)", "(pending|not yet (cleared|arrived|booked|in)|still in transit|haven't cleared|hasn't cleared)"],
    note: {
      en: "The work misses what they wanted. Clarify what exactly is off, then fix it within the agreed rounds.",
      de: "Die Arbeit trifft nicht, was gewünscht war. Klären Sie, was genau nicht passt, und korrigieren Sie im Rahmen der vereinbarten Runden.",
    },
    examples: {
      flag: ["Oh lovely, another folder of sunsets. Exactly what I asked for, if I'd asked for sunsets.", "We wanted something warm and local and this sounds like a bank.", "I don't think the new menu is quite up to scratch yet.", "Did you even read the brief? None of the photos we asked for are in there.", "Have you actually looked at our brand guide? The font is completely different.", "The captions are fine grammatically, it's just not the way our brand talks.", "What part of 'only our own photos' was not clear?", "It looks nothing like the mock-up you showed us.", "The layout just isn't working for us.", "Honestly, I expected something more polished.", "This isn't the quality we're used to from you.", "This draft is weaker than the first one.", "It doesn't quite look premium.", "We asked for a clean layout, but this is very busy.", "The colours don't match our brand.", "This is not what we asked for.", "The tone isn't quite on brand.", "The draft missed the brief completely.", "I don't think this works for our audience.", "The new banners aren't really what we were hoping for."],
      pass: ["I don't think the competitors' sites are good enough either, so we have a chance.", "The numbers for Q3 don't match our bank statement yet because two transfers are pending.", "The plan was three weeks, but that doesn't work for us any more, so let's talk.", "I don't think we're ready to launch yet, so let's move the date.", "Did you get the brief I sent on Monday?", "Have you had a chance to look at the brief yet?", "That's not how we talk internally, but it's fine for the site.", "I'm not sure the way we write our emails is right, could you give us some tips?", "The colours match our brand perfectly.", "This is exactly what we asked for!", "Thursday isn't working for me, could we do Friday?", "We expected the draft on Monday and it arrived on Monday."],
    },
  },
  {
    id: "en.work.dissatisfaction.not-happy",
    signal: "work.dissatisfaction",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(we're|we are|I'm|I am|i'm|im|we were|I was|the team is|the team isn't|my boss is|our ceo is|our boss is|everyone is|nobody is|no one is) (not|really not|not at all|not entirely|not completely|not really|not too|not very|not fully|not quite|not totally|honestly not|just not|still not) (happy|satisfied|pleased|thrilled|convinced|sold|impressed|keen|a fan|comfortable|sure about|excited|loving|feeling)",
      "(unhappy|dissatisfied|disappointed|underwhelmed|unimpressed|not impressed|not convinced|not sold|let down|frustrated) (with|by|about|in|at) (the|this|your|it|these|those|what|how|our|that)",
      "(is|are|was|were|it's|that's|looks|feels|seems|pretty|quite|very|rather|a bit|really|honestly) (disappointing|underwhelming|a letdown|a let-down|a let down|a disappointment)",
      "(I|we|they|he|she|my boss|our ceo|the team|everyone) (don't|do not|didn't|did not|really don't|really didn't|honestly don't) (really|quite)? (like|love|care for) (it|this|the|that|how|these|those|any|either|the new|the way)",
      "(not|no longer) (a|really a|the biggest|a huge|a big) fan (of)?",
      "(not|not really|not exactly|I'm not|we're not|still not) (loving|feeling|digging|into) (the|it|this|that|these|those|how|what|the new|your)",
      "(hate|hated|dislike|disliked|can't stand|cannot stand) (it|this|the|that|how|these|those|the way)",
      "(I|we) (can't|cannot|couldn't|can not) (use|publish|present|show|approve|accept|sign off on|go live with|launch with|put out) (this|it|that|these|those|them|any of|what)",
      "not sure (we|I) (can|could) (use|publish|present|show|approve|accept|sign off on|go live with|launch with|put out) (this|it|that|these|those|them|any of)",
      // Contempt for the work is also unhappiness with it (annotation guide): "this is rubbish".
      "(this|that|it|it's|that's|this work|your work|the work|what you sent|what you delivered|the result|the draft|the design|the copy|the site|the logo|the video|the report) (is|was|are|were|looks|look)? (absolute|complete|total|utter|pure|just|frankly|honestly)? (rubbish|garbage|trash|crap|junk|a disgrace|a shambles|a disaster|a mess|a complete mess|unusable|not usable|unacceptable|substandard|sub-standard|below par|below standard|not up to scratch|laughable|pathetic)",
      // What the work did to them: "It was embarrassing in front of our guests."
      "(it|this|that|the whole (thing|evening|event|day|launch|night)) (was|is|felt|'s) (frankly|honestly|really|quite|so|a bit|deeply|pretty|genuinely|just)? embarrassing (in front of|with our|at the|for our (guests|clients|customers|team|board|investors|readers|visitors|members))",
      // Results the work was for, still not there: "we still aren't ranking for any of the keywords".
      "still (aren't|isn't|are not|is not|not|haven't been|hasn't been|don't|doesn't) (ranking|showing up|appearing|indexed|visible|rank|show up|appear) (for|on|in) (any|the|a single|our|google)",
      "(back to|needs|need) (a|the)? (complete|total|major|serious|significant) (rework|redo|rewrite|overhaul|revision)",
      "(needs|need) (a lot|lots|much|a ton|plenty|quite a bit) (of|more)? (work|improvement|changes|fixing|polish)",
      "(it|this|that|everything|the whole thing|the draft|the design|the copy|the text|the site|the logo|they|these|it all|the video|the layout) (needs|need|will need|has to|have to) (to be)? (completely|totally|entirely|fully|basically)? (redone|reworked|rewritten|redesigned|started over)",
    ],
    unless: [
      // Disappointed by a wait for an answer, not by the work: that is another signal's business.
      "(disappointing|disappointed) (that|when|how) (I|we|you) (messaged|emailed|texted|wrote|called|rang|had to wait|had to chase|didn't hear|did not hear|haven't heard|never heard|couldn't reach|could not reach|didn't get|did not get)",
      "(provider|providers|hosting|host|supplier|printer|caterer|catering|venue|hotel|florist|band|dj|driver|vendor|platform|competitor|competitors|competition|previous agency|old agency|previous designer|old designer|last agency|last designer|bank|courier|software|plugin|theme|sales|turnout|weather|rain|heat|snow|cold|numbers|figures|traffic|attendance)", "(a fan of|keen on) ... (meetings|calls|phone calls|emails|zoom|video calls|mornings)", "(happy|pleased|thrilled) (with|about) (the|it|this|how|your) ... (but|except|apart)"],
    note: {
      en: "They are unhappy with the result. Ask for concrete points and fix within scope.",
      de: "Man ist mit dem Ergebnis unzufrieden. Bitten Sie um konkrete Punkte und bessern Sie im Rahmen des Umfangs nach.",
    },
    examples: {
      flag: ["The report is a complete mess, I can't follow it at all.", "Frankly, it was embarrassing in front of the investors.", "I'm not sure we can use those as they are.", "Six months on we still aren't showing up for any of our main search terms.", "Not really feeling the new icons, to be honest.", "We're not loving how the header turned out.", "We're not happy with the new homepage.", "Honestly, I'm disappointed with the draft.", "I don't like the new logo.", "We can't use this.", "The copy needs a lot of work."],
      pass: ["Frankly, it was embarrassing in front of the guests that our own caterer ran late.", "My desk is a complete mess today, sorry for the slow reply.", "It was embarrassing for me that I forgot the meeting, sorry.", "Not loving this rain, hope the shoot stays dry!", "I'm not really into sports, so the football puns went over my head, but the copy is great.", "We're really happy with the new homepage!", "I'm not a fan of long calls, so let's keep it short."],
    },
  },
  {
    id: "en.work.dissatisfaction.looks-wrong",
    signal: "work.dissatisfaction",
    language: "en",
    severity: 2,
    patterns: [
      `(colour|color|colours|colors|palette|font|fonts|typography|layout|tone|spacing|sound|audio|music|voiceover|voice-over|subtitles|captions|caption|lighting|exposure|white balance|crop|cropping|framing|focus|grading|colour grading|color grading|edit|cut|pacing|timing|transitions|kerning|margins|resolution|print|printing|headings|heading|sizes|size|proportion|photo|image|picture|shot|shots|horizon|background|menu|navigation|page|pages|site|website|form|button|buttons|links|slides|deck|chart|charts|table|tables|labels|label|terminology|terms|grammar|spelling|punctuation|formatting|structure|flow|intro|outro|ending|opening|thumbnail|thumbnails|images|photos|pictures|logo|text|copy|design|headline|headlines|wording|proportions|sizing|contrast|alignment|graphics|icon|icons|wordmark|illustrations|style|vibe|feel|look|animation|video|translation|translations|formatting|header|footer|banner) (is|are|looks|look|seems|seem|feels|feel|reads|read|sounds|sound|was|were|comes across as|come across as|came out|come out|turned out) ${LOOKS_WRONG}`,
      `(it's|that's|this is|it is|that is|everything is|everything's|the whole thing is|the whole thing looks|it looks|it all looks|this looks|that looks|it feels|this feels|it reads|this reads|it seems) ${LOOKS_WRONG}`,
      "(looks|look|feels|feel|reads|read|seems|seem|sounds|sound) like (a|an)? (template|first draft|rough draft|stock|clip art|clipart|clip-art|ai|chatgpt|word document|powerpoint|something from the 90s|the 90s|a student|a beginner|an amateur|a placeholder|a draft)",
      // "It reads a bit like a textbook": the wrong genre for the voice.
      "(reads|read|sounds|sound|feels|feel|comes across|come across) (a bit|a little|a lot|rather|very much|too much|more|kind of|sort of)? like (a|an)? (textbook|text book|school essay|essay|term paper|university paper|legal document|contract|instruction manual|manual|user manual|press release|sales pitch|encyclopedia|encyclopaedia|wikipedia|lecture|tax form|terms and conditions|robot|brochure from the 90s|corporate memo|memo)",
      "(reads|read|sounds|sound|looks|look) like (it was|it's been|it has been|they were|they've been)? (run|put|fed|done|written|translated)? (through|by|with|in)? (google translate|a machine|machine translation|deepl|a robot|a bot|ai|chatgpt|an algorithm)",
      "(colour|color|blue|green|yellow|red|magenta|orange|purple|pink|weird|strange|odd|funny|ugly|nasty|cold|warm) (cast|tint|tinge|colour cast|color cast)",
      "(too|overly|far too|way too|much too) (generic|bland|busy|cluttered|salesy|stiff|wordy|basic|plain|boring|dull|childish|cheesy|cheap|corporate|formal|informal|casual|chatty|jokey|flippant|stuffy|pompous|wooden|gimmicky|twee|dark|loud|long-winded|flowery|dry|simple|small|big|large|bright|pale|crowded|text-heavy)",
      // Said of any part of the work, whatever it is called: "the posts feel generic",
      // "the characters look stiff", "the decorations felt amateurish", "the cut feels sluggish".
      "(feel|feels|felt|look|looks|looked|seem|seems|seemed|come across|comes across|came across|read|reads) (a bit|a little|rather|quite|very|really|pretty|kind of|somewhat|so|too|slightly|completely|totally|fairly|oddly|strangely)? (generic|amateurish|unprofessional|stiff|lifeless|wooden|sluggish|draggy|plodding|clunky|cheap|cheap-looking|dated|old-fashioned|sloppy|unfinished|uninspired|forgettable|lacklustre|lackluster|underwhelming|robotic|cheesy|childish|bland|cluttered|messy|crooked|wonky|pixelated|blurry|off-brand|off brand)",
      // Faults of a made thing, whoever names it: "most of the headshots are underexposed", "a banner that was visibly crooked".
      "(is|are|was|were|look|looks|looked|came out|come out|turned out|still) (noticeably|visibly|slightly|badly|completely|all|a bit|quite|very|really|clearly|totally|still|a little)? (underexposed|overexposed|out of focus|tilted|crooked|wonky|pixelated|grainy|misaligned|lopsided|distorted|blurry|badly cropped|cropped badly)",
      // "The German reads as if it was translated word for word".
      "(reads|read|sounds|sound|comes across|come across) (as if|as though|like) (it was|it's been|it has been|it were|they were|they've been|it had been)? (translated|written|done|put together) (word for word|word-for-word|literally|by a machine|by machine|automatically|in a hurry|in a rush|in five minutes|in ten minutes|on the train|on a phone)",
      "(colour|color|colours|colors|photo|photos|image|images|picture|pictures|print|printing|text|copy|logo|font|fonts|layout|video|audio|sound|page|pages|site|website|design|headline|headlines|graphics|icons|slides) ... (look|looks|seem|seems|feel|feels|read|reads|sound|sounds|came out|come out|turned out|printed) (a bit|a little|slightly|completely|totally|way|too|quite|really|very|so|rather|somewhat)? (washed out|washed-out|faded|dull|muddy|off|wrong|flat|blurry|pixelated|grainy|dark|cheap|dated|clunky|amateurish|generic|bland|cramped|squashed|stretched|distorted|jagged|fuzzy|muffled|tinny|garbled)",
    ],
    unless: ["(terms|terms and conditions|t&cs|privacy policy|contract|legal page|imprint) (page)? (reads|read|sounds|sound|is meant|should)", "(another|other|the other|the previous|previous|the last|our last|our old|the old|that) (agency|agencies|designer|designers|freelancer|freelancers|studio|developer|writer|provider|company|quote|quotes)", "(not|isn't|wasn't|aren't|never) (too|very|at all|remotely|overly)? (off|wrong|busy|generic|bland|boring)", "(budget|team|room|office|window|timeline|margin|deadline|price|fee)", "(the|our|my) (old|previous|current|existing|competitor's|competitors) (site|website|logo|design|brochure|copy|shop|branding|agency)", "(day|office|meeting|call) (is|was) off",
      // Someone else's work or the writer's own state: "the printer has ruined the brochures", "I feel a bit flat today".
      "(printer|printers|print shop|printing company|caterer|catering|hoster|hosting company|venue|courier|competitor|competitors)",
      "(I|we|I'm|we're|I am|we are|you|you're|he|she|everyone|everybody|people|the team|our team|staff|guests|the weather|the office|the room) (feel|feels|felt|look|looks|looked|seem|seems|seemed|came across|come across)",
      "(our|my) (own|old|archive|phone|iphone|existing|previous) (photos|pictures|images|shots|scans|files|logo|site|website)",
      // A fear that proved wrong: "I was worried the photos would look cheap, but they look expensive."
      "(worried|afraid|feared|concerned|nervous|thought|expected|assumed) ... (would|might|could) (look|feel|seem|sound|read|come across|be)"],
    note: {
      en: "A concrete complaint about how the work looks or reads: a fix request, within the agreed rounds.",
      de: "Eine konkrete Beanstandung, wie die Arbeit aussieht oder sich liest: eine Korrekturbitte im Rahmen der vereinbarten Runden.",
    },
    examples: {
      flag: ["WHY IS THE LOGO STILL PIXELATED ON THE HOMEPAGE. I SHOULDN'T HAVE TO CHASE THIS.", "The illustrations feel a bit lifeless next to the sketches.", "The slideshow feels sluggish on the tablet.", "Honestly, the flyers look cheap.", "Half of the product shots are overexposed.", "The German version reads as though it was translated word for word.", "The intro is far too chatty for a bank.", "The about page sounds a bit like a legal document, our customers are mums, not lawyers.", "The new icon looks blurry on the app store.", "The product photos look a bit pale next to the proofs.", "The intro comes across as a bit stiff.", "The photos look over-edited, the skin tones are orange.", "The colours in the brochure look washed out compared to the proof.", "The product shots have a weird blue cast.", "The translation reads like it was put through Google Translate.", "The logo looks squashed on the mobile version.", "The spacing is all over the place.", "This isn't working for me, the layout feels cramped.", "The animation seems out of sync.", "The photos are underexposed and the horizon looks tilted.", "The colours are off.", "The layout looks a bit cluttered.", "Honestly, the design looks amateurish.", "It reads like a template.", "The copy is way too salesy."],
      pass: ["I feel a bit flat today, so let's talk tomorrow.", "The printer's proofs look blurry, we've asked them to rerun it.", "Our old photos are underexposed, that's why we booked you.", "I was worried the menus would look cheap on recycled paper, but they look lovely.", "Our terms page reads like a contract, which is exactly what it should be.", "The welcome email reads like a friendly note from a neighbour, love it.", "The other agency's quote was too cheap to be realistic, so we went with you.", "Our old website looks dated, that's why we hired you.", "The layout is not busy at all, we love it."],
    },
  },
  {
    id: "en.work.dissatisfaction.errors",
    signal: "work.dissatisfaction",
    language: "en",
    severity: 2,
    patterns: [
      "(full of|lots of|a lot of|so many|too many|loads of|plenty of|several|multiple|numerous|many|countless|a bunch of|a number of|more|even more|still|new) (typos|errors|mistakes|bugs|spelling mistakes|spelling errors|grammar mistakes|grammatical errors|broken links|glitches|inconsistencies|inaccuracies|problems|issues|wrong)",
      "(typos|errors|mistakes|bugs|glitches|inaccuracies) (everywhere|all over|throughout|again|still)",
      "(doesn't|does not|don't|do not|isn't|is not|aren't|are not|still doesn't|still isn't|won't|will not|can't|cannot) (work|working|load|loading|display|displaying|show|showing|function|functioning|open|opening|render|rendering|submit|send|play|respond|responsive) (properly|correctly|right|at all|on (mobile|my phone|phones|safari|chrome|firefox|ipad|iphone|android|desktop|tablets))",
      "(still|again|now) (doesn't|does not|isn't|is not|won't|will not|can't|cannot|don't|do not) (work|send|load|submit|save|display|show|open|play|function|arrive|come through|go through|sync|connect|update)",
      "(still|again|keeps|keep) (throws|throw|throwing|gives|giving|returns|returning) (an|the|a)? (error|errors|500|404|exception|warning|blank page|white screen)",
      "(don't|doesn't|do not|does not|won't|will not|still don't|still doesn't) (compile|validate)",
      "(isn't|is not|aren't|are not|not) (our|the agreed|the approved|the brand's) (terminology|wording|naming|house style|tone of voice|spelling|convention)",
      // A fix that did not hold: "the contact form is still letting junk through".
      "(still|keeps|keep) (letting|lets|let) (spam|junk|bots|fake|dodgy|rubbish|all sorts of|everything) ... (through|in)",
      "(still|keep|keeps) (getting|receiving|seeing) (spam|junk|bot|bots|fake) (messages|emails|enquiries|entries|sign-ups|signups|submissions|orders|bookings|comments)?",
      "(doesn't|does not|don't|do not|won't|will not|isn't|is not) (send|sending|submit|submitting|save|saving|load|loading|arrive|arriving|come through|go through) (anything|any|a thing|at all)",
      "(has to|needs to|must|should) (work|display|load|look right|render) (on|in|with) (safari|chrome|firefox|edge|mobile|iphone|iphones|android|ipad|tablets|all browsers|every browser|desktop|phones|small screens)",
      "(is|are|seems|seem|looks|still|it's|was) (completely|totally|still|now)? (broken|crashing|buggy)",
      "(wrong|incorrect|outdated|misspelled|misspelt|inconsistent) (term|terms|terminology|spelling|spellings|tone|format|formats|link|links|url|currency|units|translation|language|typeface|brand name|product names|logo|colour|color|colours|colors|font|version|file|text|images|image|photos|photo|prices|price|information|info|details|address|phone number|name|names|dates|date|figures|numbers|hex code|brand colours|product|shade|hue|pantone|blue|navy|green|red|orange|yellow|purple|pink|grey|gray|teal|turquoise)",
      "(still|again) (wrong|broken|not (right|working|fixed|correct))",
      "(isn't|is not|aren't|are not|wasn't|weren't|not) (straight|level|centred|centered|aligned|sharp|in focus|legible|readable|consistent|accurate|correct|in sync|synced|synchronised|synchronized|lined up|the right (size|colour|color|font|format|shade|version|logo))",
      "(nothing like|not like|different from|differs from|differ from|deviates from|deviate from|inconsistent with|not in line with|not consistent with|a long way from|clashes with|clash with|nowhere near|nowhere close to|not even close to) (the|our|what) (brand|brand guide|brand guidelines|brand book|guidelines|style guide|brief|mock-up|mockup|sample|colours|colors|approved|agreed|palette|we|I|logo|pantone|pantones|hex|hex code|brand colour|brand colours|brand color|brand colors|swatch|swatches|reference|spec|specs|original)",
      // "… uses 'vous' throughout even though the brief asked for 'tu'": the work set against the agreement.
      "(even though|although|though|when|while|despite the fact that) (the|our|my) (brief|spec|specs|style guide|brand guide|guidelines|instructions|mock-up|mockup) (clearly|explicitly|specifically)? (asked for|said|says|specified|specifies|called for|calls for|requested|requests|stated|states|required|requires|wanted)",
      "(you|you've|you have|you seem to have|you must have|you appear to have|it seems you|seems you) (accidentally|completely|somehow|again|also)? (forgot|forgotten|missed|skipped|ignored|dropped|omitted|left out|deleted|removed|misspelled|misspelt|mixed up|confused|swapped|overlooked|misunderstood|misread|mistranslated|cropped out|cut off)",
      "(you|you've|you have) (used|translated|wrote|written|put|picked|chose|chosen|went with|gone with) ... (instead of|rather than|the wrong|the old|the outdated|the previous)",
      "(keeps|kept|keep) (crashing|freezing|breaking|failing|timing out|glitching|disappearing|jumping|flickering)",
      "(hard|difficult|impossible|tricky) to (read|see|follow|understand|navigate|use|find|click|make out)",
      "(we|I|customers|users|people|visitors|nobody|no one) (can't|cannot|couldn't|could not) (read|see|find|click|open|use|log in|sign up|download|play|hear|understand)",
      "(too|way too|far too) (much|little) (text|white space|whitespace|detail|going on|contrast|colour|color|information|empty space)",
      "(there's|there is|there are|I found|we found|I spotted|we spotted|I noticed|we noticed|I've found|we've found|I've spotted|we've spotted|I've noticed|we've noticed|I see|we see|I can see|spotted|noticed|found) (a|an|one|two|three|#num|some|several|a few|a couple of|quite a few|lots of|a number of|more)? (small|minor|obvious|glaring|big|major|serious)? (mistake|mistakes|error|errors|typo|typos|bug|bugs|glitch|glitches|problem|problems|issue|issues|inconsistency|inconsistencies|inaccuracy|inaccuracies|spelling mistake|spelling mistakes) (in|on|with|throughout|across)",
      "(is|are|was|were|been|got) (misspelled|misspelt|mistranslated|spelled wrong|spelt wrong|spelled incorrectly|translated wrong|translated incorrectly)",
      "(really|very|too|so|painfully|super|incredibly|extremely|far too|way too)? slow (to load|loading|on mobile|to open)",
      "(takes|take|taking) (forever|ages|too long|so long|minutes) to (load|open|respond)",
      "(paragraph|paragraphs|section|sections|page|pages|image|images|photo|photos|logo|slide|slides|chapter|line|lines|word|words|heading|headings|link|links|button|buttons|sentence|sentences|caption|captions|footnote|footnotes|credits|table|chart|product|products|disclaimer|signature|text) (is|are|was|were|seems to be|seem to be|has gone|have gone|went|still)? missing",
      "missing (paragraph|paragraphs|section|sections|page|pages|image|images|photo|photos|logo|slide|slides|chapter|line|lines|word|words|heading|headings|link|links|caption|captions|sentence|sentences|credits|footnote|footnotes|products|product|data|translation|translations|subtitles)",
      "(isn't|is not|aren't|are not|not) (quite|exactly|really)? the (same|right|correct)? (shade|shades|colour|color|colours|colors|hue|tone|blue|green|red|orange|yellow|grey|gray|pink|purple|font|typeface|weight) (as|in|from|on|of) (the|our) (brand|style guide|guide|guidelines|brand guide|brand guidelines|brand book|logo|proof|sample|swatch|swatches|mock-up|mockup|pantone|website|palette)",
      "(off|away from|different from|deviating from) (the|our) (brand guide|brand guidelines|style guide|guidelines|brand colours|brand colors|brand palette|colour guide|color guide)",
      "(is|are|seems|seem|looks|look|sounds|sound) (completely|totally|slightly|a bit|a little)? out of (sync|focus|place|date|proportion|line)",
      // Sound and picture drifting apart: "a few seconds out of step with the captions", "lags behind the picture".
      "(a|one|#num|two|three|a few|a couple of|several|half a) (second|seconds|frame|frames|beat|beats) (or so|or two)? (out of sync|out of step|off|behind|ahead|late|early) (with|from|the|compared)?",
      "(out of step|lags behind|lag behind|lagging behind|drifts out|drift out) (with|behind)? (the)? (captions|subtitles|picture|video|audio|music|voiceover|voice-over|speaker|speech|lips|footage|animation|sound)",
      "(covers|cover|covering|hides|hide|hiding|blocks|block|blocking) (half|most|part|a third|two thirds|a quarter) (of)? the (page|screen|text|content|image|photo|form|site|checkout|menu|header|product|products|video)",
      // Layout elements colliding: "the menu overlaps the header".
      "(menu|text|logo|button|buttons|image|images|header|footer|banner|title|heading|caption|captions|navigation|icon|icons|pop-up|popup|cookie banner|chat widget|widget|sidebar) (overlaps|overlap|is overlapping|are overlapping|covers|cover|is covering|are covering|hides|hide|runs into|run into|sits on top of|sit on top of) (the|our|my|half of the|half the|most of the|part of the)? (header|text|logo|menu|button|buttons|image|images|title|heading|headline|navigation|content|footer|photo|photos|product|products|price|prices|form|checkout|each other|caption|captions|page|screen)",      "(404|404s|dead link|dead links|broken link|error page|error pages|error message|error messages|blank page|white screen|lead nowhere|leads nowhere|go nowhere|goes nowhere|don't go anywhere|doesn't go anywhere)",
      "(riddled|littered|peppered|full|plagued) with (errors|typos|mistakes|bugs|glitches|inaccuracies|spelling mistakes|problems)",
      // A booking, filing or mailing that landed in the wrong slot: "booked the hotel for the wrong week",
      // "expenses have ended up under the wrong categories".
      "(for|on|in|under|to|into|at|with) the wrong (week|day|date|dates|time|month|year|category|categories|account|accounts|person|people|address|room|venue|hotel|flight|train|size|sizes|format|file|files|version|recipient|recipients|list|mailing list|audience|segment|currency|language|tax rate|vat rate|rate|code|codes|template|country|time zone|timezone|client|customer|customers|page|link)",
      // Books that do not reconcile: "the bank reconciliation for March doesn't balance".
      "(reconciliation|reconciliations|accounts|books|balance sheet|figures|numbers|totals|ledger|vat return|statement|statements|payroll) (for (january|february|march|april|may|june|july|august|september|october|november|december|the (month|quarter|year)|q1|q2|q3|q4))? (still)? (doesn't|does not|don't|do not|won't|will not|didn't|did not) (balance|reconcile|tally|match)",
      "(don't|doesn't|do not|does not|didn't|did not|still don't|still doesn't) add up",
      // Bookkeeping that does not reconcile: "the totals don't tie back to the bank statement".
      "(don't|doesn't|do not|does not|didn't|did not|won't|still don't|still doesn't) (tie back|tie up|tie out|tie in|reconcile|tally|balance|match up) (to|with)",
      "(I|we) (can't|cannot|couldn't|could not) (account for|find|trace|explain) (the|a|about|roughly|around|nearly|over)? (#num|missing|difference|gap|discrepancy)",
      // "our phone number on the back is missing a digit".
      "(is|are|was|were|still) missing (a|an|one|two|#num|its|their|the)? (digit|digits|letter|letters|word|words|line|lines|zero|comma|full stop|accent|accents|umlaut|umlauts|row|rows|column|columns|decimal point|digit)",
      // "the invites are all showing an hour early": a setup that is off by a fixed amount.
      "(showing|show|shows|displaying|display|displays|coming up|come up|comes up|set|booked|scheduled) (as)? (an|one|#num|two|three|a) (hour|hours|day|days) (early|late|too early|too late|ahead|behind|out|off)",
      "(spelled|spelt|wrote|written|got|spelling) (our|the|my|his|her|their|the company|the client's) ... (wrong|incorrectly|wrongly)",
      "(cuts|crops|cut|cropped|chops|chopped) off (the|his|her|their|our|my|people's|half|part of|the top of|the bottom of)",
      "(a few|a couple of|several|some|two|three|#num|lots of|a lot of|many|numerous|multiple|quite a few) (factual|spelling|grammatical|grammar|formatting|obvious|glaring|small|minor|major|serious|embarrassing|basic|silly|technical|translation|content) (errors|mistakes|inaccuracies|typos|issues|problems|bugs)",
      "(year|date|dates|name|names|number|numbers|figure|figures|price|prices|address|phone number|email address|link|links|url|title|spelling|caption|credit|credits|heading|headline|opening hours|job title|statistic|statistics|quote|total|totals) (is|are|was|were) (still)? (wrong|incorrect|inaccurate|outdated|out of date|misspelled|misspelt)",
      "(doesn't|does not|don't|do not|won't|will not|isn't|is not|aren't|are not) (accept|accepting|take|taking|apply|applying|recognise|recognize|recognising|recognizing|calculate|calculating|process|processing|redirect|redirecting|validate|validating|show up|update|updating|sync|syncing) (the|any|our|discount|payments|codes|coupons|orders|bookings|emails|data|changes|correctly|properly|at all)",
      "(doesn't|does not|don't|do not) (scale|print|render|reproduce|display|hold up|translate|work|look good|read well) (well|properly|nicely|correctly|at small sizes|in black and white|on dark backgrounds|on mobile|on a phone|in print)",
      "(details|text|lines|letters|fine print) (disappear|disappears|get lost|gets lost|vanish|blur|blurs|merge|merges) (at|on|in|when)",
      "(go|goes|lead|leads|link|links|point|points|redirect|redirects|take you|takes you|send you|sends you) (to)? (the)? wrong (page|pages|place|site|url|section|address|product|products)",
      // Ink or screen drifting to another colour: "the navy has printed almost purple".
      "(printed|prints|print|came out|comes out|come out|turned out|turns out|shows up|show up) (almost|nearly|more|a bit|a little|too|much too|kind of|way too|practically|basically|distinctly) (purple|pink|grey|gray|brown|orange|green|greenish|bluish|purplish|yellowish|violet|black|muddy|washed out|murky)",
      "(isn't|is not|aren't|are not|not|wasn't|nothing like) (our|the) (brand|corporate|house|logo|signature) (blue|green|red|orange|yellow|purple|pink|teal|navy|grey|gray|colour|color|colours|colors|font|typeface|shade)",
      // Sound and picture parting as the video runs: "the voiceover drifts out of sync".
      "(drifts|drift|drifting|drifted|goes|go|going|went|gets|get|getting|got|falls|fall|falling|fell|slips|slip|slipping|slipped|runs|run|running) (slightly|a bit|a little|completely|badly|noticeably|further|more and more)? out of (sync|step|time)",
      "(drown|drowns|drowning|drowned|overpowers|overpower|overpowering|swamps|swamp|buries|bury|burying) (out)? (the|her|his|their|our|my)? (voice|voices|voiceover|voice-over|speaker|speakers|dialogue|narration|narrator|vocals|presenter|interview)",
      "drown* out",
      "(I|we|you|people|viewers|listeners) (can|could) (barely|hardly|scarcely|only just) (hear|read|see|make out)",
      // A photo set that is not sharp: "half of the headshots are soft".
      "(headshots|headshot|portraits|portrait|photos|shots|images|pictures|frames|faces|eyes) (are|is|look|looks|came out|come out|seem|seem to be) (a bit|slightly|really|very|quite|too|all|a little|noticeably|visibly|pretty)? (soft|unsharp|not sharp|not tack sharp|not crisp)",
      // Comparatives against an earlier stage: "feels much more dated than the sketches".
      "(feels|feel|looks|look|seems|seem|reads|read|sounds|sound|comes across|come across) (much|a lot|far|way|even|a bit|a little|slightly|somehow|quite a bit)? (more (dated|old-fashioned|generic|corporate|cluttered|busy|boring|bland|cheap|clunky|amateurish|stiff|rushed|cramped|dull|childish|basic|clinical|sterile|salesy)|less (professional|polished|modern|premium|fresh|original|refined|elegant|clean|lively|warm|personal|readable|striking|sophisticated)) than (the|our|what|your|before|it did|in the|on the)",
      "(look|looks|looked|feel|feels|felt|seem|seems) (a bit|a little|rather|quite|very|really|pretty|kind of|somewhat)? (rushed|thrown together|slapdash|hurried|half-finished|half finished|careless)",
      // Sent out in an outdated or wrong state: "went out with last year's opening hours".
      "(went out|gone out|was sent out|was sent|got sent|sent out|went live|gone live|was published|got published|was printed|got printed|was posted|got posted) with (the|a|an|our)? (old|wrong|outdated|last year's|last month's|last week's|previous|broken|incorrect|placeholder|lorem ipsum|dummy|test|typo|typos|the wrong|a typo|missing)",
      // Something left translated, changed or removed that was to stay: "got translated when they should have stayed in English".
      "(should|were supposed to|was supposed to|were meant to|was meant to|had to) have (stayed|remained|been left|been kept|stayed in|remained in) (in|as|untouched|unchanged|untranslated|the same|in english|in german|in the original)",
      "(got|were|was|have been|has been|been) (translated|changed|altered|replaced|removed|deleted|cut|cropped|renamed|reworded|localised|localized|moved) (when|but|although|though|even though|whereas|while) (they|it|we|the brief|that|our|the glossary|the style guide) (should|shouldn't|should not|were supposed|was supposed|weren't supposed|wasn't supposed|were meant|was meant|said|clearly|explicitly)",
      // A detail on a named piece that is wrong: "the phone number on the flyer is wrong".
      "(phone number|telephone number|number|address|email address|e-mail address|date|dates|price|prices|name|names|spelling|link|links|opening hours|postcode|zip code|website address|url|figure|figures|total|totals|vat number|bank details|job title|title) (on|in) (the|our|my|your) (flyer|flyers|site|website|page|card|cards|business cards|brochure|invoice|menu|poster|banner|footer|header|report|document|leaflet|label|labels|newsletter|imprint|signature|email signature|cover|packaging|slide|slides|homepage|about page|contact page|booklet|catalogue|catalog|ad|advert) (is|are|was|were) (still|all|completely|totally)? (wrong|incorrect|inaccurate|outdated|out of date|misspelled|misspelt|missing)",
      "(show|shows|showing|shown|display|displays|displaying|come up in|comes up in|came up in) (the)? wrong (time zone|timezone|time zones|timezones|currency|language|date format|aspect ratio|dimensions|format|units|country)",
      // "it sounds like a bank wrote it": the work reads as if someone else entirely had made it.
      "(sounds|sound|reads|read|looks|look|feels|feel) like (a|an|some|our|my) (bank|lawyer|lawyers|solicitor|robot|machine|computer|committee|accountant|insurance company|insurer|civil servant|government department|child|kid|toddler|teenager|student|intern|salesman|used car salesman|estate agent|tax office) (wrote|made|designed|did|drew|translated|edited|put together|threw together|typed) (it|this|them|that)",
    ],
    unless: ["(can|could|would|will) you (please|kindly)? (put|use|bring|switch|swap|change|go)", 
      // The client's own slip: "I sent you the wrong logo file", "I was looking at the wrong week".
      "(I|we|I've|we've|I was|we were|I had|we had) (accidentally|mistakenly|must have|might have|may have)? (been)? (had|put|gave|sent|used|wrote|made|included|attached|booked|ordered|typed|entered|uploaded|shared|forwarded|picked|chose|told|copied|pasted|looking at|looked at|read|opened|checked) ... (wrong|incorrect|old|outdated)",
      "(I|we) (forgot|missed|left out|didn't attach|did not attach|didn't include|did not include|didn't send|did not send|attached the wrong|sent the wrong|gave you the wrong)",
      "(my|our) (fault|side|end|attachment)",
      "(my|our) (mistake|bad|fault|error|typo)",
      "(find|see|spot|fault) (a single thing|anything|a thing|one thing|a single (thing|mistake|error|typo|fault)|any (mistakes|errors|typos|faults)) (wrong|to (fault|change|criticise|criticize|improve|complain about)|at all|anywhere)?",
      "(IT department|IT team|our IT|firewall|vpn|proxy|wetransfer|we transfer|dropbox|google drive|onedrive|sharepoint)",
      "(time|date|day|slot|meeting|call|monday|tuesday|wednesday|thursday|friday|morning|afternoon|weekend|schedule) ... (doesn't|does not|won't|will not|isn't|is not) (work|working)",
      "(our|the|my) (printer|printers|supplier|courier|bank|provider|hosting|host|server|servers|previous|old|own|client's|customer's|competitor's|internet|wifi|laptop|computer) ... (mistake*|error*|typo*|bug*|problem*|issue*|broken|crash*|missing|wrong|glitch*)", "(our|the|my) phone (is|was|has|keeps|got|went) ... (mistake*|error*|bug*|problem*|issue*|broken|crash*|wrong|glitch*)",
      "(can't|cannot|couldn't|could not) (find|open|see|locate) (the|your|an|my|our)? (invoice|receipt|attachment|email|message|password|bank details|contract|quote|calendar|link you sent|file you sent)",
      "(in|of) (our|my|the client's|their) (own)? (brief|email|spec|document|notes|copy deck|feedback)",
      "(you|you've|you have) (missed|forgot|forgotten) (the|our|my|a)? (call|meeting|email|message|deadline|invoice|payment|reminder)",
      "(old|previous|current|existing) (site|website|shop|system|plugin|theme)", "(our|my) (bank|bank feed|till|software|system|accounting software|own figures|own numbers|own books)", "(you|you've|you have) (fixed|solved|sorted|found|caught|corrected)", "(thanks|thank you) for (fixing|catching|spotting|finding|sorting)"],
    note: {
      en: "Errors in the delivered work. Fixing your own mistakes is part of the job; new wishes are not.",
      de: "Fehler in der gelieferten Arbeit. Eigene Fehler zu beheben gehört zum Auftrag, neue Wünsche nicht.",
    },
    examples: {
      flag: ["From about the two-minute mark the subtitles drift a second or so behind the speaker.", "The coral in the header is nowhere near the Pantone in our brand book, it reads more pink than orange.", "The French translation uses \"vous\" throughout even though the brief asked for \"tu\" to match our brand voice.", "You've filed the March invoices under the wrong client.", "The reminder went to the wrong mailing list.", "The month-end reconciliation doesn't balance.", "The header on the landing page still uses the wrong green.", "It still throws an error every single time I try.", "Section 4 calls the admin console the dashboard throughout, which isn't our terminology, and two of the code samples don't compile.", "The burgundy on the business cards has come out almost brown.", "The footer isn't our brand green, it's much darker.", "Halfway through, the music drifts out of sync with the cuts.", "The background track drowns out the interviewee in the second half.", "We could barely hear the presenter over the music.", "Most of the team portraits look slightly soft on a big screen.", "The new homepage feels a lot less polished than the mock-up.", "Honestly the slides look a bit thrown together.", "The mailing went out with the old prices in the header.", "The brand names should have stayed in English on the labels.", "The email address in the signature is wrong.", "The booking page shows the wrong currency for UK visitors.", "The landing page reads like a lawyer wrote it.", "The VAT figures in the Q2 report don't reconcile with what the bank shows.", "On my phone the cookie banner covers most of the screen.", "The postcode on the invoice template is missing a letter.", "All the social posts you scheduled are showing an hour late in the planner.", "The green on the flyer isn't quite the same shade as our logo.", "The red isn't the colour from our brand book.", "Several of the links on the homepage go to the wrong pages.", "The article has a couple of factual errors, for example the founding year is wrong.", "The new checkout doesn't accept discount codes, customers are complaining.", "The logo doesn't scale well, at small sizes the details disappear.", "Half the links on the new site lead to 404 pages.", "The report is riddled with typos.", "The numbers in the summary don't add up.", "You've spelled our company name wrong on the cover.", "The video crops off the speaker's head in several shots.", "It's really hard to follow the navigation.", "Customers can't find the checkout button.", "There's too much text on the slides.", "There's a missing paragraph on page 2.", "The palette drifts away from our brand guide.", "The horizon in half the shots isn't straight.", "The colours are nothing like our brand guide.", "You've used American spelling instead of British.", "You forgot the disclaimer at the bottom.", "The app keeps crashing.", "I found several errors in the spreadsheet.", "The contact form still doesn't send anything.", "The contact form is still letting junk through.", "We keep getting spam sign-ups through the new form.", "The subtitles are half a second behind the speaker throughout.", "On tablets the cookie banner covers the checkout button.", "The audio lags behind the picture in the last scene.", "The booking form has to work on Safari.", "Several product names are misspelled.", "The site is painfully slow to load.", "There's a paragraph missing from page 4.", "The text is full of typos.", "The contact form doesn't work on mobile.", "The checkout is broken again.", "You used the wrong logo on the flyer."],
      pass: ["The campaign doesn't run until March, so there's plenty of time.", "These are not our terms and conditions, we use the standard ones.", "We don't deploy on Fridays, so Monday it is.", "The brief asked for a playful tone and you nailed it.", "The photos are still in the shared folder if you need them.", "I read the whole annual report and couldn't find a single mistake.", "Our firewall won't let me open the link, could you email the PDF?", "Sorry, I sent you the wrong logo file, here is the right one.", "I was looking at the wrong week in my calendar, Thursday is fine.", "Our own books don't balance yet, my bookkeeper is on it.", "Sorry, I gave you the wrong pantone last week, here is the right one.", "The proofs came out beautifully, the navy is spot on.", "The newsletter went out with the new logo and looks great.", "The portraits have a lovely soft light.", "The music sits nicely under the voiceover.", "My calendar was set to the wrong time zone, so sorry I missed the call.", "The new site feels much more modern than our old one.", "We're still getting lots of enquiries through the new form, thank you!", "Please let the couriers through the side gate.", "Our bank feed doesn't tie in with the software yet, so I'll send the statements by hand.", "The newsletter covers the whole spring range, so it can go out once.", "The office is missing a printer at the moment, so I'll read the PDF on screen.", "The green is exactly the shade in our brand book, thank you.", "Please put the old logo files in the archive folder, we won't need them any more.", "The date I gave you is wrong, sorry, it should be the 12th.", "Our old till doesn't accept cards, so we're excited about the new shop.", "Can you put the old tagline back? We've gone off the new one.", "Thanks for fixing the broken links on the old site.", "You caught several typos in our brief, thank you.", "Our previous agency's site was full of bugs.", "I can't find your invoice anywhere, could you resend it?", "The new banner covers the whole spring campaign, so it can stay up until May.", "Our train was a few minutes late, so we'll join the call at ten past."],
    },
  },
  {
    // A part of the work left out, or sent without it: said of the work, not of the client's own edit.
    id: "en.work.dissatisfaction.left-out",
    signal: "work.dissatisfaction",
    language: "en",
    severity: 2,
    patterns: [
      // Sent or published with a part left out: "the invites went out without the dial-in link".
      "(went out|gone out|were sent out|was sent out|was sent|were sent|got sent|sent out|went live|was published|were published|got published|was posted|were posted|was printed|were printed) without (the|a|an|any|our)",
      // A part the work leaves out: "the French version drops the whole warranty paragraph", "the wireframes skip the returns flow".
      "(drop|drops|dropped|skip|skips|skipped|omit|omits|omitted|leave out|leaves out|left out|miss out|misses out|missed out|forget|forgets|forgot|forgotten) (the|a|an|our|my|any)? (whole|entire|complete|key|main|crucial|most important|one|only|required|legal|mandatory)? ... (paragraph|paragraphs|section|sections|page|pages|flow|part|parts|step|steps|chapter|slide|slides|clause|clauses|screen|screens|feature|features|disclaimer|warranty|footnote|footnotes|credits|table|chart|appendix|intro|summary|logo|link|links|category|categories|field|fields)",
    ],
    unless: [
      "without (a hitch|any (problems|issues|hiccups|trouble|errors|mistakes|fuss)|problems|issues|hiccups|errors|mistakes|a problem|an issue|fuss)",
      // The client's own cut or permission: "we dropped the intro", "feel free to skip the appendix".
      "(I|we|I've|we've|I'd|we'd|let's|you can|you could|feel free|happy to|fine to|ok to|okay to|no need) (also)? (to)? (drop|dropped|skip|skipped|omit|omitted|leave out|left out|miss out|cut|forgot|forget|send|sent|go out|went out|publish|published)",
      "(as (we|I) (asked|requested|wanted|agreed|discussed)|which is (what|exactly what|fine|great|good)|like we (asked|said|agreed)|thanks for)",
      // Someone else's slip: "…, which our PR agency forgot".
      "(agency|printer|printers|supplier|colleague|colleagues|assistant|intern|our team|my team|the client|our client|our customer|caterer|venue|(which|that|because) (we|I|our|my))",
    ],
    note: {
      en: "A part of the work is missing. Completing what was agreed is within scope; new parts are not.",
      de: "Ein Teil der Arbeit fehlt. Das Vereinbarte zu vervollständigen gehört zum Umfang, neue Teile nicht.",
    },
    examples: {
      flag: ["The Spanish brochure skips the whole allergy section.", "The onboarding screens leave out the password reset step entirely.", "The newsletter was sent without the unsubscribe link.", "The invitations went out without a date."],
      pass: ["We dropped the intro section ourselves, it was too long.", "Feel free to skip the appendix, nobody reads it.", "The newsletter went out without a hitch, thank you!", "The new draft drops the pricing section, which is exactly what we wanted.", "The press release was published without the embargo note, which our PR agency forgot."],
    },
  },
];
