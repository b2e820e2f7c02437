import type { PhraseRule } from "../../types";

/**
 * A time word alone ("weekend", "tonight") is harmless: "have a nice weekend", "I'll
 * review it tonight". These rules fire only when the sentence asks something of the
 * freelancer at that time.
 */
const ASKS_OF_YOU = [
  "(can|could|would|will) you",
  "(call|ring|phone|text|message|ping|see|meet) you",
  "(give|giving|drop|dropping) you a (ring|call|bell|buzz|text|quick call|quick ring)",
  "(let's|let us|we'll|we will|we're going to) (do|have|schedule|book|meet|shoot|film|record|hold|run|plan|set up|squeeze in|get) (the|a|our|this|that|it)",
  "(can|could|shall) we (do|have|schedule|book|meet|shoot|film|record|get|talk|hop|jump|call|go through|run|squeeze)",
  "(I|we|I'd|we'd|I'll|we'll|I'm|we're|I am|we are|I will|we will|I would|we would) (really|definitely|absolutely)? (need|want|expect|require|needed|expecting|be needing|be expecting|have to have|must have|like)",
  "(need|want|expect|require) you",
  "(you|your) ... (do|doing|work|working|available|reachable|send|finish|deliver|call|meet|look|check|get|done|ready|hop|jump|online|respond|reply|fix|update|join|be around)",
  "(please|pls|kindly) ... (send|finish|deliver|call|look|check|get|work|reply|answer|respond|do|fix|update|join|be)",
  "(done|finished|ready|delivered|live|sent|fixed|updated|uploaded) (by|over|on|during|for|before)",
  "(call|meeting|zoom|session|check-in|chat|phone call) (on|at|this|over|during|late|in)",
  "for you to (shoot|film|photograph|come|come in|work|do|install|record|edit|finish|deliver|set up|pop in|drop by|start|fix|update|get)",
];

/** Doing, delivering or being reachable: the time word must sit within a few words of one of these. */
const DO =
  "(work*|monitor*|watch*|keep an eye|put in|spend|squeeze in|fit in|do|doing|done|finish*|send|sent|deliver*|get|got|have|call|meet|look|check|edit*|write|writing|fix*|updat*|post*|shoot|film*|jump|hop|ready|need|needed|want|available|reachable|standby|on call|online|around|on hand|reply|respond|answer|join|ring|phone|text|message|ping|go through|tackle|handle|sort|turn around|back to me|on my desk|in my inbox)";

/** The client's own plans at that time, well-wishes, or a release from working then. */
const OWN_TIME = [
  "(have|had|enjoy|enjoyed|hope you had|hope you have|hope you're having|nice|good|great|lovely|relaxing|restful|wonderful|happy|merry|fun) (a|the|your)? (nice|good|great|lovely|relaxing|restful|wonderful|long)? (weekend|evening|night|holidays|holiday|christmas|xmas|easter|break|new year|vacation|time off|sunday|saturday)",
  "(I'll|we'll|I will|we will|I can|we can|I'm going to|we're going to|I might|we might|I plan to) (review|look|check|read|go through|test|approve|be off|be away|be out|be offline|get back|reply|respond|work on it|send|pay|sign|think)",
  "(don't|do not|dont|no need|not necessary|needn't|shouldn't|never) ... (have to|need to|feel obliged|feel obligated|feel pressured|feel pressure)",
  "(no need|don't need|do not need|not expected|don't have to|do not have to|not necessary|never expect|don't expect|do not expect|no work|no pressure|not on the weekend|not over the weekend|not at the weekend|not tonight|switch off|rest)",
  "(office|we|I|our team|the team|everyone|I'm|we're|I'll|we'll) (is|are|am|will be|be)? (closed|away|off|out of office|on holiday|on vacation|out|on leave|on annual leave|on parental leave|on maternity leave|on paternity leave|on sick leave)",
];

/** "I know it's …": the client knows the time is yours. */
const KNOW_BUT =
  "(I know|I realise|I realize|I appreciate|I understand|I'm aware|I am aware|we know|we realise|we realize|we appreciate|sorry|apologies|forgive me) (that)? (it's|it is|this is|this falls on|that's|that is|tomorrow is|monday is) (the|a|your|over the|on a)?";

/** Work asked for at night, at weekends or on holidays, or instant availability. */
export const BOUNDARY_RULES: readonly PhraseRule[] = [
  {
    id: "en.boundary.off_hours.weekend",
    signal: "boundary.off_hours",
    language: "en",
    severity: 2,
    patterns: [
      `${DO} ... (this|over the|on the|during the|next|this coming|over|at the|throughout the|on|by the|all) weekend`,
      `${DO} ... (on|over|during|at) weekends`,
      `${DO} ... (through|over|during|throughout|across|on|at) the ... (long weekend|holiday weekend|bank holiday weekend)`,
      `${DO} ... (saturday|sunday)`,
      "(saturday|sunday) (and|or) (saturday|sunday)",
      "(do|work on|finish|get|handle|tackle|edit|write|shoot|film) (it|them|this|that|those|these)? (on)? (saturday|sunday|saturdays|sundays)",
      // "The shop's shut on Sunday, so that's the perfect day for you to shoot the interiors."
      "(saturday|sunday|saturdays|sundays|weekend|bank holiday|christmas day|boxing day|easter monday|good friday|new year's day) ... (perfect|ideal|best|only|obvious|natural) (day|days|time|window|slot|opportunity|chance) for you to",
    ],
    requires: ASKS_OF_YOU,
    unless: OWN_TIME,
    note: {
      en: "Work expected at the weekend. Your working days are yours to set.",
      de: "Arbeit am Wochenende erwartet. Ihre Arbeitstage legen Sie selbst fest.",
    },
    examples: {
      flag: ["I'll give you a quick ring on Sunday afternoon about the launch.", "Could you keep an eye on the shop on Sunday?", "Could you put in a few hours on Sunday?", "I'll call you Saturday morning to go through it.", "You can do them Saturday and Sunday, right?", "Could you finish the slides this weekend?", "We need the revised elevations for the council hearing, so could you work through the Victoria Day long weekend and send them first thing Tuesday?", "The shop's shut on Sunday, so that's the perfect day for you to shoot the interiors. See you at 8!", "I need it Sunday morning.", "Can we do a quick call on Saturday?", "We need the files done over the weekend."],
      pass: ["Sunday is the perfect day for you to relax after the launch, enjoy it!", "I'll give you a ring on Monday morning.", "Have a lovely weekend!", "I'll review the drafts over the weekend and send notes on Monday.", "No need to work over the weekend, Monday is fine."],
    },
  },
  {
    id: "en.boundary.off_hours.evening-night",
    signal: "boundary.off_hours",
    language: "en",
    severity: 2,
    patterns: [
      `${DO} ... (tonight|overnight|midnight)`,
      `${DO} ... (this|tomorrow|late|every|in the|on (monday|tuesday|wednesday|thursday|friday)) (evening|evenings)`,
      `${DO} ... (late|at|in the middle of the|middle of the|during the|all) night`,
      "(late-night|late night|after-hours|after hours|out-of-hours|out of hours|evening|night|nighttime|night-time|overnight|late evening|early morning|early-morning|weekend) (call|calls|meeting|meetings|zoom|session|sessions|work|shift|check-in|check-ins|support|availability|emails|changes|fixes|deployment|launch)",
      "(8pm|9pm|10pm|11pm|8.30pm|9.30pm|10.30pm|11.30pm|12am|4am|5am|6am|5.30am|6.30am|7am|7 am)",
      "(8|9|10|11|12|8.30|9.30|10.30|11.30) (pm|p.m.)",
      "(4|5|6|5.30|6.30) (am|a.m.)",
      "(after|outside|out of|outside of|beyond) (your|normal|regular|usual)? (office|working|business|work) hours",
    ],
    requires: ASKS_OF_YOU,
    unless: [...OWN_TIME, "(during|within|in) (your|normal|regular|usual)? (office|working|business) hours"],
    note: {
      en: "Work or calls expected in the evening or at night. You may name your working hours.",
      de: "Arbeit oder Anrufe am Abend oder in der Nacht erwartet. Sie dürfen Ihre Arbeitszeiten nennen.",
    },
    examples: {
      flag: ["Could you jump on a quick call at 7am tomorrow before my flight?", "I'll ring you around 9 tonight to go through the edits.", "Please reply within the hour, even in the evenings.", "We'd like you to monitor the release overnight.", "Can you send the files tonight?", "We need a late evening call with the US team.", "Could you join a call at 10 pm?", "Please have it ready by 6 am."],
      pass: ["I'll read it tonight and reply tomorrow.", "Have a good evening!", "Could we talk during your normal office hours on Tuesday?"],
    },
  },
  {
    id: "en.boundary.off_hours.overnight",
    signal: "boundary.off_hours",
    language: "en",
    severity: 2,
    // "I'll send the feedback at 10 tonight, could you turn it around by the morning?": the client's own evening is fine, the overnight turnaround is not.
    patterns: [
      "(tonight|this evening|late tonight|at midnight|around midnight|overnight|10pm|11pm|10 pm|11 pm|#num tonight|#num pm tonight) ... (by|before|for|first thing) (the)? (morning|tomorrow morning|breakfast|6am|7am|8am|6 am|7 am|8 am|first thing|9am|9 am)",
      "(turn|turned|get|have|send) (it|them|this|that|these|the (edits|changes|files|deck|slides|copy|draft))? (around|round|back|done|finished|ready|over) (overnight|by the morning|by morning|by first thing|before breakfast|by 7am|by 8am|by 7 am|by 8 am)",
    ],
    requires: ASKS_OF_YOU,
    unless: ["(no need|don't need|do not need|not expected|don't have to|do not have to|not necessary|no rush|whenever|no pressure)", "(I'll|I will|we'll|we will) (turn|get|have|send) (it|them|this|that)? (around|round|back|done|over) (overnight|by the morning)"],
    note: {
      en: "An overnight turnaround: work expected between their evening and your morning.",
      de: "Eine Umsetzung über Nacht: Arbeit zwischen ihrem Abend und Ihrem Morgen.",
    },
    examples: {
      flag: ["I'll send the feedback around 10 tonight, could you turn it around by the morning?", "Could you turn the edits around overnight?"],
      pass: ["I'll send the feedback tonight, no rush, next week is fine.", "We'll turn the contract around overnight on our side."],
    },
  },
  {
    id: "en.boundary.off_hours.holidays",
    signal: "boundary.off_hours",
    language: "en",
    severity: 2,
    patterns: [
      `${DO} ... (over|during|on|throughout|between|across|through) (the)? (holidays|christmas|xmas|christmas break|new year|new year's|easter|good friday|thanksgiving|bank holiday|public holiday|national holiday|festive period|festive season|holiday season|summer break|winter break)`,
      `${DO} ... (easter|christmas|xmas|boxing|new year's|thanksgiving|labor|labour|memorial|whit) (sunday|monday|day|eve|friday|weekend)`,
      "(on|during|while on|from|over) (your)? (holiday|holidays|vacation|time off|day off|days off|leave|annual leave|break|honeymoon|sick leave|sick day|parental leave)",
      "(while|when) (you're|youre|you are) (away|off|on holiday|on vacation|on leave|sick|out of office|travelling|traveling|off sick)",
      "(bring|take|pack) (your|the) (laptop|phone|computer) (with you|along|on holiday|on vacation)",
    ],
    requires: ASKS_OF_YOU,
    unless: OWN_TIME,
    note: {
      en: "Work expected over holidays or while you are off. Time off is part of the deal.",
      de: "Arbeit an Feiertagen oder während Ihrer freien Zeit erwartet. Freie Zeit gehört zur Vereinbarung.",
    },
    examples: {
      flag: ["Let's do the photo shoot on Easter Monday when the café is empty.", "Could you keep the shop updated over the holidays?", "We need the newsletter out on Christmas Eve.", "Can you check your email while you're on holiday?", "Could we do the shoot on Easter Monday afternoon?"],
      pass: ["Let's do the shoot the week after Easter.", "Merry Christmas and happy holidays!", "Our office is closed over the holidays, so we'll reply in January.", "I'm on parental leave from March, so please send the drafts to Jo."],
    },
  },
  {
    // "The shoot is on Easter Monday": the freelancer's own booking named on a holiday, with no ask around it.
    id: "en.boundary.off_hours.booked-on-holiday",
    signal: "boundary.off_hours",
    language: "en",
    severity: 2,
    patterns: [
      "(the|our|your|a|this) (shoot|photoshoot|photo shoot|filming|film shoot|recording|session|workshop|install|installation|set-up|setup|training|handover|go-live|changeover|stocktake|inventory) (is|will be|would be|has to be|needs to be|must be|is booked|is scheduled|is planned|is set|'s booked|'s scheduled|'ll have to be) (for|on) (easter|christmas|boxing|new year's|whit|good|labor|labour|memorial|independence|st stephen's) (sunday|monday|day|eve|friday)",
      "(the|our|your|a|this) (shoot|photoshoot|photo shoot|filming|film shoot|recording|session|workshop|install|installation|set-up|setup|training|handover|go-live|changeover|stocktake|inventory) (is|will be|would be|has to be|needs to be|must be|is booked|is scheduled|is planned|is set) (for|on) (the)? (bank holiday|public holiday|national holiday|holiday monday)",
    ],
    unless: OWN_TIME,
    note: {
      en: "Your job booked on a public holiday. Holiday work is yours to accept, at your holiday rate.",
      de: "Ihr Einsatz auf einen Feiertag gelegt. Feiertagsarbeit nehmen Sie an oder nicht, zu Ihrem Feiertagssatz.",
    },
    examples: {
      flag: ["The recording is booked for Good Friday, it's the only free slot at the studio.", "The install has to be on the bank holiday, it's the only time the shop is shut.", "Our photoshoot will be on Boxing Day, everyone's home then."],
      pass: ["The shoot is the week after Easter.", "Our shop is closed on Easter Monday.", "The shoot is on Tuesday, after the bank holiday.", "Our office is closed on Boxing Day, so the shoot will be on the 28th."],
    },
  },
  {
    id: "en.boundary.off_hours.always-reachable",
    signal: "boundary.off_hours",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(need|want|expect|require|needs|count on) you (to be|to stay|to remain)? (reachable|contactable|on call|on standby|by your phone|always available|always reachable|glued to|always online|always on)",
      "(reachable|available|online|on call|contactable|accessible|responsive|on standby) (24 7|24 hours|24 hours a day|around the clock|round the clock|at all times|all the time|anytime|any time|day and night|day or night|at all hours|every day|7 days a week|seven days a week|in the evenings|on weekends|at weekends|at night|after hours|outside office hours|whenever we need)",
      "(any time of (the)? (day|night)|day or night|day and night|at all hours|around the clock|round the clock)",
      "(keep|leave|have) your (phone|laptop|notifications) (on|with you|nearby|close|switched on)",
      "(be|stay|remain|being|you're|you are|youre) (on standby|on call|reachable|contactable)",
      "(reachable|contactable|on call|on standby) ... (24 7|24 hours|around the clock|round the clock|at all times|day and night|day or night|at all hours)",
      "(be|stay|remain|being) (available|online|around) (over|during|on|at|throughout|in the|all) (the)? (weekend|weekends|christmas|holidays|easter|evenings|evening|nights|night|sunday|saturday|new year|bank holiday)",
      "(you|you've|you have) (don't|do not|didn't|did not|never|won't|can't|cannot) (reply|respond|answer|work|pick up|get back|check|answer your phone) (on|at|over|during|in the) (saturdays|sundays|saturday|sunday|weekends|the weekend|evenings|the evening|night|nights|the holidays)",
      "(check|checking|answer|answering|keep an eye on|monitor|monitoring) (your)? (emails|email|phone|messages|slack|whatsapp|teams|inbox) (on the weekend|over the weekend|at the weekend|at night|in the evening|in the evenings|on sundays|on saturdays|during the holidays|on holiday|over the holidays|while you're away|while away)",
      "(even|also|including|especially) (on|at|in|over|during)? (the)? (weekend|weekends|night|nights|evening|evenings|holidays|sundays|saturdays|christmas|christmas day|public holidays|bank holidays)",
      "(evenings|weekends|nights|sundays|saturdays|holidays|bank holidays|public holidays) (included|too|as well)",
      "(you|you're|you were) (weren't|were not|aren't|are not|wasn't|offline|unreachable|unavailable|silent|off|not around|not available|not reachable|nowhere to be found) ... (weekend|saturday|sunday|evening|evenings|night|holiday|holidays|saturdays|sundays)",
      "(why|how come) (didn't|don't|won't|can't|weren't|aren't|couldn't|wasn't) you ... (weekend|saturday|sunday|evening|evenings|night|holiday|holidays|saturdays|sundays|christmas|easter)",
      "(other|most|real|proper|good) (freelancers|professionals|agencies|designers|developers|people|assistants) (work|answer|reply|respond|are available|are reachable|pick up) (on|at|over|during|in the)? (weekends|saturdays|sundays|evenings|the weekend|nights|holidays)",
      "(can't|cannot|can not|won't|doesn't|does not|couldn't|cant) wait (until|till|til|for|'til) (monday|tomorrow|the morning|morning|after the weekend|after the holidays|next week|the weekend is over|you're back|your return|office hours|business hours|the new year|january)",
      "(tried|trying|tried to) (call|calling|ring|ringing|reach|reaching|phone|phoning|get hold of|text|texting) you (on|at|over|during|in the|all|last)? (saturday|sunday|the weekend|weekend|night|last night|in the evening|this evening|christmas|easter|the bank holiday|bank holiday|saturday night|sunday morning) ... (didn't|did not|weren't|were not|wasn't|no answer|no reply|couldn't|never|not)",
      "(stay|be|remain|keep yourself) (online|up|around|available|reachable|by your phone|on standby|awake) ... (tonight|late|this evening|overnight|in case|midnight|all night)",
      "(you|you're) (don't|do not|never|won't|will not|didn't|aren't|are not) (answer|reply|respond|pick up|work|available|reachable|check) (emails|calls|messages|the phone|your phone|email)? (after|before|outside|past) (#num|5pm|6pm|7pm|8pm|5 pm|6 pm|7 pm|five|six|seven|hours|office hours|working hours|work|the weekend)",
      "(at|around|after|past) (9pm|10pm|11pm|midnight|9 pm|10 pm|11 pm|#num pm|#num at night|late|night) ... (you|you'd|you had) (still)? (hadn't|didn't|haven't|had not|did not|have not|weren't|wasn't) (replied|responded|answered|got back|gotten back|picked up|online|around)",
      "(please|pls|kindly|can you|could you|I need you to|you need to|make sure you|be sure to) (reply|respond|answer|get back to me|confirm|turn it around|look at it|check it|sign it off|send it back) (tonight|this evening|before midnight|by midnight|later tonight|tonight please)",
      // "Would be great to have your thoughts before I go to bed": a reply expected in the client's night.
      "(your (thoughts|feedback|comments|reply|answer|input|notes|take|changes|edits)|hear back|hear from you|reply|respond|answer|get back to me|send it back) ... (before|by the time) (I go to bed|I go to sleep|I head to bed|I turn in|I hit the hay|I'm in bed|bedtime|I wake up|I get up|I'm up|I am up|I'm awake)",
      // "I messaged on Saturday and didn't hear back till Monday": a weekend reply was expected.
      "(messaged|emailed|texted|wrote|called|rang|phoned|whatsapped|pinged) (you)? (on|over|at|during|late on)? (saturday|sunday|the weekend|friday night|friday evening|saturday night|sunday night|christmas|easter|the bank holiday|new year's eve|new year's day) ... (didn't|did not|never|only|no) (hear|get|got|reply|response|answer)",
      // "I do expect to be able to reach you at weekends".
      // "Studio's free Saturday from 10pm till late, can you jump on a call?"
      "(8pm|9pm|10pm|11pm|10 pm|11 pm|midnight|till late|until late|late at night) ... (can|could|would|will) you (jump|hop|get|come|join) (on)? (a|the)? (call|zoom|video call|quick call|facetime|teams call|session)",
      "(can|could|would|will) you (jump|hop|get|join) on (a|the)? (call|zoom|video call|quick call|facetime|teams call) ... (8pm|9pm|10pm|11pm|10 pm|11 pm|midnight|till late|until late|late tonight)",
      "(expect|need|want|would like|'d like|assume) (to be able to|I can|we can|I could|we could|to)? (reach|contact|get hold of|call|ring|get through to) you (at|on|over|during|in the|outside)? (weekends|the weekend|weekend|evenings|the evening|night|nights|at night|sundays|saturdays|holidays|the holidays|any time|all times|all hours|office hours|working hours)",
    ],
    unless: ["(no need|don't need|do not need|not expected|don't have to|do not have to|not necessary|never expect|don't expect|do not expect|no rush|no hurry|no pressure)", "(our|the) (hotline|support line|store|shop|server|servers|system|chatbot|helpdesk|customer service|team|office|bot) (is|are|stays|will be) (available|open|online|reachable|staffed|up)"],
    note: {
      en: "Availability expected at any hour. Instant replies outside your hours are not part of the job.",
      de: "Erreichbarkeit zu jeder Stunde erwartet. Sofortige Antworten außerhalb Ihrer Zeiten gehören nicht zum Auftrag.",
    },
    examples: {
      flag: ["I'm sending the final copy around 10pm, can you get back to me tonight so it goes out at 7?", "I sent you a message at 11pm and you still hadn't replied by the morning.", "I'll be working on it late tonight, so stay online in case I have questions.", "I noticed you don't answer emails after 6pm, which is a bit of a problem for us.", "I'm sending the captions at 11, so I'd love your feedback before I go to bed.", "Sending this at midnight cos that's when I get a minute, would be great to have your thoughts before I wake up.", "It's a bit disappointing that I messaged on Saturday and didn't hear back till Monday.", "When something breaks I expect to reach you in the evenings too.", "I'd expect to get hold of you in the evenings while the campaign runs.", "I tried calling you on Saturday but you didn't pick up.", "Studio's free Saturday from 10pm till late, can you jump on a call and we'll go through the stems live?", "Why didn't you answer on Saturday?", "Other freelancers work weekends.", "I expect replies within the hour, evenings included.", "You were offline all weekend, during a launch.", "Please make sure you're on standby during the sale.", "Ideally reachable on your mobile 24/7.", "You don't reply on Saturdays, which doesn't work for us.", "I need you reachable this week.", "You should be available around the clock during launch.", "Please keep your phone on during the weekend.", "This can't wait until Monday."],
      pass: ["I'll look at it tonight and get back to you tomorrow.", "Stay safe tonight, the roads are icy!", "Our support line is available 24 hours a day for customers.", "No need to be reachable at the weekend.", "I'll read your reply before I go to bed, no need to rush it.", "You can reach me at weekends on my mobile if anything comes up.", "Would love your thoughts before I wake up, but honestly no rush at all.", "I emailed the printer on Saturday and didn't hear back until Tuesday, so the proofs are late."],
    },
  },
  {
    id: "en.boundary.off_hours.i-know-its-the-weekend",
    signal: "boundary.off_hours",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      `${KNOW_BUT} (weekend|saturday|sunday)`,
      `${KNOW_BUT} (holiday|bank holiday|public holiday|christmas|christmas eve|easter)`,
      `${KNOW_BUT} (evening|night|after hours|out of hours|outside your hours|outside office hours|the middle of the night|midnight|late at night|friday night|friday evening)`,
    ],
    unless: ["(no need|not expected|never mind|enjoy|have a)", "(don't|do not|no need to|needn't|please don't) (reply|respond|answer|worry|work|look|rush)"],
    note: {
      en: "They know it is your time off and ask anyway.",
      de: "Man weiß, dass es Ihre freie Zeit ist, und fragt trotzdem.",
    },
    examples: {
      flag: ["I know it's the weekend but you can do them Saturday and Sunday, can't you?", "I know it's a holiday, but it's our only chance."],
      pass: ["I know it's the weekend, so please don't reply until Monday.", "I know it's the weekend, so enjoy it and reply on Monday."],
    },
  },
];
