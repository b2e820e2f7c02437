import type { PhraseRule } from "../../types";

/**
 * The client's own lateness counts only with its consequence: the old deadline still
 * expected, a missed meeting, rescheduling again, material promised "next week" again.
 * A late reply with an apology alone, or with the client moving the date themselves,
 * is ordinary life (see the annotation guide of the labelled set).
 */

/** A day of the month as clients write it ("the 15th"): the number pattern cannot take the suffix. */
const ORDINAL = "(1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th|13th|14th|15th|16th|17th|18th|19th|20th|21st|22nd|23rd|24th|25th|26th|27th|28th|29th|30th|31st)";

/** The old date still expected: said outright, asked after ("can we still …?"), or as time to be made up. */
const OLD_DEADLINE = [
  "(deadline|launch|go-live|go live|due date|live date|release date|print date|original date|same date) ... (stays|remains|stands|still|unchanged|fixed|can't move|cannot move|won't move|as planned|as agreed|is set|is booked|doesn't change|hasn't changed|the same)",
  "(keep|stick to|hold|hold to|stick with|hit|make) (the|our) ... (deadline|date|launch|go-live)",
  // "Can we still go live on Monday?", "is Friday still doable?", "hope you can still make it".
  "(can|could|will|would) (we|you|it|this|that|everything) still (make|hit|meet|manage|keep|go live|launch|be ready|be done|be live|have|get|deliver|do|finish|happen|work)",
  "still (doable|realistic|possible|achievable|feasible|manageable|workable|on track|on schedule|on for|ok|okay|fine|the plan|the target|the goal|happening|going ahead|booked|planned|scheduled)",
  "(still|nonetheless|nevertheless|anyway|regardless|all the same|even so) ... (live|ready|done|finished|printed|published|launched|out|delivered|on time|in time|as planned|as agreed|as scheduled|the deadline|the date|the launch|by then)",
  `(still|anyway|regardless|nonetheless|nevertheless) ... (on|by|for|before) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the ${ORDINAL}|#num|the end of the (week|month)|tomorrow|next week)`,
  "(launch|event|webinar|mailing|press release|campaign|print slot|printer slot|print run|trade fair|fair|opening|conference|shoot|newsletter) (is|are|has been|have been|was|were)? (already)? (booked|scheduled|printed|announced|fixed|locked in|set in stone|confirmed|out|sent)",
  "(make up|makes up|making up|catch up|catching up|claw back|win back) (the|for the|for lost|for the lost|some|some of the|lost)? (time|days|week|ground)",
  // "The campaign still kicks off Monday", "the VAT return is still due on the 7th".
  `still (kicks off|starts|goes live|launches|goes out|opens|prints|runs|happens|is due|due) (on|by)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the ${ORDINAL}|tomorrow|next week)`,
  "(squeeze|compress|cram|condense|fit) (it|everything|the rest|the work|your part|the remaining work|things)? (in|into) (the|a|less|fewer|#num|two|three|a few|the remaining|what's left)",
  "(less|a bit less|a little less|fewer|only #num|only two|only three|only a few) (time|days|working days) (for you|on your side|on your end|left)",
  "(same|original|agreed|planned|existing|current|old) (deadline|date|launch date|go-live|go-live date|timeline|schedule|delivery date|due date|print date)",
  `(hit|make|meet|keep to|manage) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the ${ORDINAL}|the deadline|the date|the launch|the go-live|the print date|the timeline)`,
];

/** The client moving the date themselves, which settles the matter; or telling a freelancer to take their time. */
const DATE_MOVED = [
  "(feel free|take your time|take the time|no rush|no hurry|if you need|get well|get better|rest up|recover|no pressure)",
  // Said as a decision or an offer; "we can't push the launch" is the opposite.
  "(let's|let us|we'll|we will|we can|we could|can we|could we|please|happy to|feel free to|we'd like to|I'd like to|we need to|I'll|we're going to|we've decided to|I've decided to|just|simply) (move|push|shift|extend|postpone|delay) (back)? (the|our|your)? (deadline|date|launch|go-live|go live|timeline|delivery|schedule|dates)",
  "(moved|pushed|shifted|extended|postponed|delayed) (back)? (the|our|your)? (deadline|date|launch|go-live|go live|timeline|delivery|schedule|dates)",
  "(new|moved|extended|revised|updated|later) (deadline|date|launch date|timeline|go-live)",
];

/**
 * The date moved by the client, anywhere in the message ("Sorry for the slow reply. …
 * Let's move the go-live back a week."): the decision and "take your time" only, not a
 * passing "feel free to call".
 */
const DATE_MOVED_IN_MESSAGE = [...DATE_MOVED.slice(1), "(take your time|take the time you need|no rush|no hurry)"];

/**
 * The client admitting that their own part is late, in words that say so on their own:
 * a message condition for the rules that hear the old date kept in another sentence
 * ("Sorry for the radio silence. Launch is still Thursday."). Busy weeks, a printer that
 * took longer and plain apologies are left out: they are not lateness of the client's input.
 */
const CLIENT_LATE = [
  "(sorry|apologies|apologise|apologize|forgive me) (for|about)? (the|my|our)? (late|slow|belated|delayed) (reply|response|feedback|answer|comments|notes|approval|sign-off|review|input|replies)",
  "(sorry|apologies|apologise|apologize|forgive me) (for|about)? (the|my|our|this)? (delay|delays|wait|silence|radio silence|long silence|hold-up|holdup|going quiet|going silent|going awol|going mia|being so slow|taking so long|dropping the ball|keeping you waiting|leaving you hanging|sitting on this|sitting on it)",
  "(only|just|finally) (now|today|this morning|this week|yesterday)? (just)? (getting|got|get|had|have|having|found|finding|managed|been able) (a chance|the chance|time|the time|round|around|a moment|a minute|to look|to review|to go through|to read|to check|to sit down)",
  "(were|was) (meant|supposed) to (send|get|give|have|deliver|share|return|approve|sign off|come back|get back)",
  // "I know the script approvals were due on the 2nd, I've been travelling."
  "(I know|I realise|I realize|I'm aware|I am aware|yes) (that)? (the|our|my) ... (were|was) (due|meant to be with you|supposed to be with you) (on|by|last|before)",
  "(I|we) (know|realise|realize|appreciate) (I|we|I'd|we'd) (said|promised|had promised|agreed|should have|should've) ... (by|last|on|earlier|within|before|ago)",
  "(didn't|did not|couldn't|could not|never) (get|got) (to|round to|around to) (it|them|(the|your|my|our) (logo|website|site)? (receipts|drafts|draft|files|designs|copy|texts|photos|options|feedback|comments|proofs|content|documents|paperwork|invoices|statements|questions|notes|brief|pages|mock-ups|mockups|concepts)) (before|until|till) (my|our|the)? (holiday|holidays|vacation|leave|trip|break|now|today|this week)",
  "(board|boss|ceo|team|legal|partners|director|directors|committee|management|founder|owner|md|marketing team) (has|have|had)? (only|just|finally) (now|just|today|this morning|yesterday)? (signed off|approved|looked|got round|got around|reviewed|gave|replied|came back|got back|confirmed|decided|agreed|had a look)",
  "(won't|will not|don't|do not) (have|get|send|give you) (the|our|any|your)? (photos|images|pictures|content|copy|texts|text|assets|materials|logins|access|feedback|comments|files|brief|data|product info|information|answers|sign-off|approval|go-ahead) (until|till|before|for another|for a few)",
  "(haven't|have not|didn't|did not|couldn't|could not|wasn't able to|weren't able to) (managed to|been able to|had a chance to|had time to|found time to|got round to|got around to|get round to|get around to|have time to|find time to|get to)? (look at|review|check|go through|read|approve|sign off|give feedback on|comment on|send|gather|finish|write|prepare) (the|your|it|them|this|those|our|any)",
  "(we're|we are|I'm|I am|we've been|I've been|we were|I was) (running|a bit|a little|way|quite|slightly|really|badly|so|seriously)? (behind|late) (on|with) (our|my|the|this|feedback|comments|approvals|approval|content|copy|photos|texts|the content|the copy|our side|my side|our end|my end|everything)",
  "(just|only just|finally)? (back|got back|returned|came back) (from|after) (my|our|the|a)? (holiday|holidays|vacation|leave|annual leave|trip|travelling|traveling|trade fair|conference|break|sick leave|time off)",
  "(later than (planned|promised|agreed|expected|we said)|weeks late|days late|a week late|two weeks late|behind schedule|behind on our side)",
  "(sorry|apologies) (that)? (it|this|that|the feedback|our feedback|the review|the approval) (took|has taken|took us|has taken us|took me|has taken me) (#num|two|three|four|five|six|a few|a couple of|several|almost|nearly|over) (weeks|days|months|week|full weeks)?",
  "(content|copy|texts|photos|images|assets|materials|brief|feedback|approval|sign-off|comments) (is|are) (still)? (late|delayed|missing|not ready|not finished|outstanding|with legal|stuck)",
];

/** The old date kept, said as a statement or asked after: heard in any sentence of a message that also admits the client's lateness. */
const DATE_KEPT = [
  `(deadline|launch date|launch|go-live date|go-live|go live|print date|printer deadline|print deadline|delivery date|due date|release date|publication date|event date|opening date|live date|timeline) (is|stays|remains|will stay|will remain)? (still)? (unchanged|the same|fixed|firm|set in stone|non-negotiable|locked in|not moving|staying put|on the ${ORDINAL}|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|as planned|as agreed)`,
  "(the|our) (deadline|date|launch|launch date|go-live|go-live date|print date|printer deadline|delivery date|release date|timeline) (can't|cannot|won't|will not|mustn't|must not|isn't going to|is not going to) (move|change|slip|shift|budge|be moved|be changed|be pushed|be extended|be shifted)",
  "(we|I) (still|really|definitely)? (need|want|have|would like|'d like) to (keep|stick to|hold|hit|make) (the|our) (deadline|date|launch|go-live|print date|timeline|schedule|launch date)",
  "(keep|keeping|stick to|sticking to|stick with|hold|holding) (the|our) (original|current|existing|agreed|planned|same)? (deadline|date|launch date|launch|go-live|print date|timeline|schedule) (as it is|as planned|as agreed|unchanged|where it is|if (at all)? possible|if we can)",
  `(is|are) (the|our)? (deadline|date|launch|go-live|print date|timeline|delivery|monday|tuesday|wednesday|thursday|friday|the ${ORDINAL}) (on the ${ORDINAL}|on (monday|tuesday|wednesday|thursday|friday))? (still)? (ok|okay|doable|possible|realistic|feasible|achievable|manageable|fine|workable) (for you|on your end|on your side|then)?`,
  // "We need the final files by the 10th": the date itself, said as a need, after an admitted delay.
  `(need|needs|want|expect) (the|our|all the|all of the)? (final|finished|last|remaining)? (files|designs|assets|logo|site|website|copy|texts|artwork|deliverables|drafts|pages|changes|everything|it|them) (by|on|before) (monday|tuesday|wednesday|thursday|friday|the ${ORDINAL}|the end of the (week|month)|tomorrow)`,
  "(still|nonetheless) (on track for|on for|aiming for|planning for|going live on|launching on|printing on|going to print on|set for|booked for|scheduled for)",
  `still (kicks off|starts|goes live|launches|goes out|opens|prints|runs|happens|is due|due) (on|by)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the ${ORDINAL}|tomorrow|next week)`,
  // "We should still be fine for the 20th, no?": the old date asked after as if nothing happened.
  `(should|will|would|'ll|are|we're|we are|is|it's|it is|we'd) still (be)? (fine|ok|okay|good|alright|all right|on track|on schedule|on course) (for|with) (the deadline|the launch|the date|the go-live|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the ${ORDINAL}|tomorrow|next week)`,
  `(need|needs|want|expect|have to have|must have|must be|has to be|have to be|should be) ... (live|ready|done|finished|printed|delivered|out|with us|back|published) (by|on|for|before) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the ${ORDINAL}|the end of the (week|month)|next week|tomorrow|then)`,
  // "Can you still have the modules filmed and edited for the Friday launch?"
  "(can|could) (you|we) still (have|get|make|hit|do|deliver|finish) ... (for|by|before|in time for) (the)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday)? (launch|deadline|go-live|release|event|print date|opening|webinar)",
];

/** Feedback, meetings and material that come late while the old deadline stays. */
export const RELIABILITY_RULES: readonly PhraseRule[] = [
  {
    id: "en.reliability.late_feedback.late-with-deadline",
    signal: "reliability.late_feedback",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(sorry|apologies|apologize|apologise|apologizing|apologising|excuse|forgive (me|us)) (for|about|again for)? (the|my|our|this)? (late|delayed|slow|belated|tardy|long-overdue|overdue) (feedback|reply|response|answer|review|approval|comments|notes|input|sign-off|signoff|go-ahead|replies)",
      "(sorry|apologies|apologize|apologise|excuse) (for|about)? (the|my|our|this)? (delay|wait|silence|radio silence|long silence|hold-up|holdup)",
      "(feedback|comments|approval|sign-off|signoff|review|input|notes|answer|decision|go-ahead) (is|are|was|were|will be|might be|may be|comes|coming)? (a bit|a little|slightly|a few days|a week|running|way|rather)? (late|delayed|behind|overdue|later than (planned|promised|agreed|expected))",
      "(took|taken|taking) (us|me)? (longer|a while|ages|forever|much longer|way longer|so long) (than (expected|planned|promised|we thought|I thought))? (to (get|review|look|give|send|approve|decide|come back|respond|reply))",
      "(couldn't|could not|didn't|did not|haven't|have not|hadn't|had not|wasn't able to|weren't able to|was not able to|were not able to|never) (get|got|gotten|had|have|find|found|manage|managed)? (a chance|the time|time|round|around|the chance|to)? (to)? (review|look at|check|go through|read|test|approve|give feedback|send feedback|look over|sign off|get to) ... (until|till|before|til) (now|today|this morning|this afternoon|yesterday|just now|the weekend)",
      "(only|just|finally) (now|today|this morning|this week|yesterday|just)? (got|had|found|managed|been able|get|getting|had the chance|had time|had a chance|got round|got around|getting round|getting around) (a chance|the time|time|round|around|the chance|to)",
      "(we|I|we're|I'm|we've|I've|we have|I have) (been|were|was|are|am)? (so|really|super|very|completely|totally|just|a bit|extremely|incredibly)? (swamped|slammed|snowed under|buried|overwhelmed|flat out|crazy busy)",
      "(haven't|have not|didn't|did not|still haven't|still have not|not yet|couldn't|could not) (had|have|found|got|get) (a chance|the time|time|a moment|round|around) (to)? (review|look|check|go through|read|test|approve|give|send|sign|get)",
      "(didn't|did not|couldn't|could not|haven't|have not|wasn't able to|weren't able to) (manage to|get to|get round to|get around to|have time to|find time to|have a chance to)? (look at|review|check|go through|read|approve|sign off|give feedback on|comment on) (the|your|it|them|this|those)",
      "(sorry|apologies|apologise|apologize|forgive me) (for|about)? (the|my|our)? (late reply|slow reply|slow response|late response|going quiet|going silent|going awol|going mia|being so slow|being slow|being so quiet|taking so long|dropping the ball|keeping you waiting|leaving you hanging|the lag)",
      "(sorry|apologies) (I've|we've|I have|we have|I'm|we're|I am|we are|it's|it has) (been|taken|taking) (so|a bit|very|really|a little)? (slow|quiet|long|ages|forever|a while|silent|offline|awol|mia)",
      "(only|just|finally) (now|today|this morning|this week|yesterday)? (just)? (getting|got|get|had|have|having|found|finding|managed|been able) (a chance|the chance|time|the time|round|around|a moment|a minute|to look|to review|to go through|to read|to check|to sit down)",
      "(we're|we are|I'm|I am|we've been|I've been|we were|I was) (running|a bit|a little|way|quite|slightly|really|badly|so|seriously)? (behind|late) (on|with) (our|my|the|this|feedback|comments|approvals|approval|content|copy|photos|texts|the content|the copy|our side|my side|our end|my end|everything)",
      "(it's been|things have been|things were|it was|the last (few|couple of) weeks have been|this week has been|last week was) (a|an)? (absolutely|completely|totally|a bit|really|so|super)? (crazy|mad|hectic|manic|chaotic|insane|nuts|a whirlwind|a nightmare|madness|mental|flat out|crazy busy|so busy|really busy|super busy)",
      "(just|only just|finally)? (back|got back|returned|came back) (from|after) (my|our|the|a)? (holiday|holidays|vacation|leave|annual leave|trip|travelling|traveling|trade fair|conference|break|sick leave|being sick|being ill|paternity leave|maternity leave|time off)",
      "(were|was) (meant|supposed) to (send|get|give|have|deliver|share|return|approve|sign off|come back|get back)",
      "(I|we) (know|realise|realize|appreciate) (I|we|I'd|we'd) (said|promised|had promised|agreed|should have|should've|owed you|owe you) ... (by|last|on|earlier|within|before|ago)",
      "(didn't|did not|couldn't|could not|never) (get|got) (to|round to|around to) (it|them|(the|your|my|our) (logo|website|site)? (receipts|drafts|draft|files|designs|copy|texts|photos|options|feedback|comments|proofs|content|documents|paperwork|invoices|statements|questions|notes|brief|pages|mock-ups|mockups|concepts)) (before|until|till) (my|our|the)? (holiday|holidays|vacation|leave|trip|break|now|today|this week)",
      "(board|boss|ceo|team|legal|lawyer|lawyers|client|partners|partner|director|directors|committee|management|manager|founder|owner|md|marketing team|printer) (has|have|had)? (only|just|finally) (now|just|today|this morning|yesterday)? (signed off|approved|looked|got round|got around|reviewed|gave|replied|came back|got back|confirmed|decided|agreed|had a look)",
      "(won't|will not|don't|do not|won't be able to) (have|get|send|deliver|give you) (the|our|any|your)? (photos|images|pictures|content|copy|texts|text|assets|materials|logins|access|feedback|comments|files|brief|data|product info|product data|information|answers|sign-off|approval|go-ahead) (until|till|before|for another|for a few|for a couple of)",
      "(missed|blew|overshot|went past|overran) (the|our|my) (deadline|window|date|slot) (for|to|on) (our|my|the)? (feedback|comments|approval|review|content|copy|input|notes|sign-off)",
      "(late|delayed|slow|belated|overdue) (content|copy|texts|photos|materials|assets|input|delivery of)",
      "(took|take|taking|taken) (us|me|them|the team|the board)? (a bit|a little|much|way|so much|far|quite a bit)? (longer|ages|forever|a while) (than (expected|planned|hoped|we thought|I thought|anticipated|promised|agreed))?",
      "(sitting|sat|been sitting) on (this|it|your|the|these|those) (draft|drafts|files|designs|email|proposal)? (for)? (a while|ages|two weeks|a week|#num weeks|days|too long|a bit)?",
      "(sorry|apologies) (that)? (it|this|that|the feedback|our feedback|the review|the approval) (took|has taken|took us|has taken us|took me|has taken me) (#num|two|three|four|five|six|a few|a couple of|several|almost|nearly|over) (weeks|days|months|week|full weeks)?",
      "(sorry|apologies) (for|about) (the)? (#num|two|three|four|five|six|a few|a couple of|several) (weeks|days|months) (of silence|delay|wait|it took)?",
      // "I know feedback was due last Friday": the client naming their own missed date.
      "(feedback|comments|approval|sign-off|signoff|notes|input|answers|decision|(our|my) (copy|content|texts|photos|product photos|images|assets|materials|brief|logins|product data)) (was|were) (actually|technically|officially|already|really)? (due|promised|expected from us|expected from me) (last|on|yesterday|earlier|by|a week ago|two weeks ago|#num days ago|#num weeks ago)",
    ],
    requires: OLD_DEADLINE,
    unless: DATE_MOVED,
    unlessInMessage: DATE_MOVED_IN_MESSAGE,
    note: {
      en: "Their part came late, yet the old date stands. Your delivery moves by the same amount.",
      de: "Ihr Teil kam spät, aber der alte Termin soll bleiben. Ihre Lieferung verschiebt sich um dieselbe Zeit.",
    },
    examples: {
      flag: ["Sorry it took us three weeks, can you still have everything ready by Friday?", "I didn't manage to look at the drafts before my holiday, but please keep the launch as planned.", 
        "Sorry for the late feedback, but the launch date stays.",
        "I couldn't review it until now, but we still need it live on Friday.",
        "I'm only just getting round to the drafts, but we still need them live on the 1st.",
        "Sorry I've been so slow getting back to you, we still need everything ready for the launch on the 5th.",
        "I know we were meant to send the copy last week, but is Friday still doable?",
        "Back from holiday, so here are my comments; we still need the site live by the 1st.",
        "The approval took longer than planned, so you'll have to make up the time to hit Friday.",
        "We're a bit behind with the content, but the mailing is already booked for the 12th.",
        "The board only signed off this morning, can we still go live on Thursday?",
        "Our product photos were due on Monday, sorry, but the shop still has to be live by the 20th.",
        "We won't have the photos until Wednesday, but the brochure still needs to go to print on Thursday.",
        "It's been absolutely mad here, so you'll have to squeeze the edits into two days to keep the original date.",
      ],
      pass: ["Sorry it took two weeks, let's move the launch back accordingly.", "Sorry for the slow feedback, we still need the site live by Friday. Actually, let's move the launch back a week.", 
        "Sorry for the slow reply, let's move the go-live back a week.",
        "Apologies for the wait, the transfer went out this morning.",
        "Thanks for the quick turnaround!",
        "Sorry for the slow reply, I'm still going through your drafts.",
        "It's been a crazy week, so thank you for keeping everything on track.",
        "Just back from holiday and the new site looks great!",
        "Sorry for the delay, we'll need a new date for the launch.",
      ],
    },
  },
  {
    id: "en.reliability.late_feedback.deadline-stays",
    signal: "reliability.late_feedback",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(deadline|launch|launch date|go-live|go live|date|timeline|delivery date|due date|schedule|release date|event|opening) (still stands|stays|remains|hasn't changed|has not changed|can't move|cannot move|can not move|won't change|will not change|is fixed|doesn't change|does not change|unchanged|is unchanged|stays the same|remains the same|is the same|still holds|hasn't moved|has not moved|is non-negotiable|can't be moved|cannot be moved|won't move|is set in stone|can't change|cannot change|can't be changed|cannot be changed|isn't changing|is not changing|won't be changing|can't slip|cannot slip|mustn't slip|can't be pushed|cannot be pushed)",
      `(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the ${ORDINAL}) (still stands|stays|remains|is still on|still works|still holds|is fixed)`,
      "(can't|cannot|won't be able to|are not able to|aren't able to|can not) (push|move|delay|shift|postpone|change) (the|our) (launch|deadline|date|go-live|release|opening)",
      "(deadline|launch|launch date|go-live|go live|delivery date|due date|release date|event|opening) (is still|still is) (the|on|set|fixed|planned|scheduled|due|happening|going ahead|#num|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|this|in)",
      "(keep|keeping|hold|holding|stick to|sticking to|stay with|staying with) (the|our)? (same|original|current|existing|agreed|planned|old) (deadline|date|launch date|timeline|schedule|delivery date|due date|go-live)",
      "(keep|keeping|stick to|sticking to|hold) (the|our) (launch|deadline|go-live|date|launch date|delivery date) (on|at|for|as it is|as planned|unchanged)",
      "(keep|keeping|stick to|sticking to|stick with|hold|holding|hold to) (the|our) ... (deadline|launch date|go-live date|delivery date|due date|go-live|release date)",
      "(still|nonetheless|nevertheless|anyway|regardless|anyhow) (need|needs|want|expect|launch|launching|go live|going live|have to|has to|needs to|must|is going to|will|should|deliver|hit|make) ... (live|done|ready|finished|delivered|launched|out|published|on time|as planned|as agreed|as scheduled|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|then|the date|the deadline)",
      `(still|nonetheless|nevertheless|anyway|regardless) (need|needs|want|expect|launch|launching|go live|going live|have to|has to|must|is going to|will) ... (on|by|for) the ${ORDINAL}`,
      "(still|nonetheless|nevertheless) (aiming|set|scheduled|booked|counting on) (for|to|on)",
      "(need|needs|want|expect|launch|launching|go live|going live|deliver|have|ready|done|finished|published|live) ... as (originally|initially|we originally|we initially|first)? (planned|agreed|scheduled)",
      "(even though|although|though|despite|in spite of) (we|I|we're|I'm|our|the) (were|was|are|am)? (late|delayed|slow|behind|away|busy|the delay|the late)",
      "(doesn't|does not|won't|will not|shouldn't|should not|can't|cannot|mustn't) (change|affect|move|shift|impact|delay|push back) (anything (about|for|on))? (the|our)? (launch|deadline|date|go-live|go live|timeline|schedule|print date|delivery date|release|release date|event|opening)",
      "(need|needs|want|expect|have to have|must have|must be|has to be|have to be) ... (by|on|for|before|live|ready|done|out|printed) ... (though|regardless|all the same|nonetheless|nevertheless|even so)",
      "(regardless|nonetheless|nevertheless|all the same|even so|either way|in any case|despite (that|this|the delay|all that)) ... (need|needs|must|has to|have to|expect|launch|go live|goes live|go out|goes out|print|prints|deliver) ... (by|on|for|before|live|ready|done|out)",
      "(original|initial|agreed|planned|old|existing) (deadline|date|launch date|go-live|go-live date|timeline|schedule|delivery date|due date) (is|still|stands|holds)? (still)? (realistic|doable|possible|achievable|feasible|ok|okay|fine|on|on track|works|work|standing|holding)",
    ],
    requires: [
      "(late|delay|delayed|slow|sorry|apolog*|only now|just now|finally|missed|cancel*|last minute|last-minute|skipped|postponed|rescheduled|again|couldn't|could not|didn't|did not|haven't|have not|behind|busy|away|swamped|hectic|took|still|anyway|regardless|despite|even though|although|though|nonetheless|nevertheless)",
    ],
    unless: [
      ...DATE_MOVED,
      "regardless of (what|your|anything|how|whether|the other|other)",
      "(thanks to you|on track|going well|great work|well done|thank you)",
      // Approved work reopened is scope.revisions: "will want her own pass, even though we'd already approved it".
      "(even though|although|though) (we'd|I'd|we've|I've|we had|I had|we have|they'd|they had|it was|it had been) (already|all)? (approved|signed off|signed it off|okayed|agreed on|finalised|finalized|been approved|been signed off)",
    ],
    unlessInMessage: DATE_MOVED_IN_MESSAGE,
    note: {
      en: "Their delay, yet the old deadline. The timeline moves with the input, or the scope shrinks.",
      de: "Ihre Verzögerung, aber der alte Termin. Der Zeitplan verschiebt sich mit der Zuarbeit, oder der Umfang schrumpft.",
    },
    examples: {
      flag: ["Here are our notes, sorry it took two weeks. We still need the final files by Monday.", "Apologies for sitting on this for two weeks. Is the original deadline still realistic?", "We were slow with the copy, but the date can't change.", "Sorry it took so long; Friday still stands.", "We're behind on approvals, but we can't push the launch.", "Our comments came late, but we need it live by Thursday as originally planned.", "Sorry, but can we still keep the strategy deadline of the 30th?", "We cancelled the workshop last minute, but the timeline stays the same.", "The copy comes next week, but the site still has to go live on Monday.", "Sorry we're late, but please keep the launch on the 3rd.", 
        "Sorry for the delay, but the deadline still stands.",
        "We're a week behind on feedback, but we'll keep the same launch date.",
        "Even though we were late with the copy, we still need it live by Friday.",
        "The launch is still the 15th though.",
        "We were slow with the copy, but that doesn't change the go-live date.",
        "We need the final files by Friday though.",
        "Regardless of our delay, the brochure has to go to print on the 3rd.",
      ],
      pass: ["The launch is still on the 20th, and everything's on track thanks to you.", "I expect the changes done tonight, regardless of what else you have on.", "The launch date is still open, we'll confirm next week.", "Sorry for the delay, can we move the deadline to the 20th?", "Adding the second logo won't change the launch date, so no worries.", "Either way, I'll call you on Monday."],
    },
  },
  {
    id: "en.reliability.late_feedback.hope-date-holds",
    signal: "reliability.late_feedback",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(hope|hoping|hopefully|trust|I trust|assume|assuming|I assume|I take it|presumably) (that)? (this|that|it|the delay|this delay|our delay|the wait|the hold-up|my late reply|the late feedback|our late feedback|me being late|us being late) (won't|doesn't|does not|will not|shouldn't|should not|wouldn't|isn't going to|hasn't|has not) (affect|affects|affected|change|changed|impact|impacted|delay|push|move|shift|derail|jeopardise|jeopardize|mess up|hold up|put back|throw off) (the|our|your)? (launch|deadline|date|timeline|schedule|go-live|go live|delivery|delivery date|plan|plans|print date|release|dates)",
      `(hope|hoping|hopefully|trust|I trust|assume|assuming|I assume|I take it|presumably) ... still (make|hit|meet|manage|keep to|keep|deliver by|finish by|be ready by|be done by|go live on|launch on) (the|our|your)? (deadline|date|launch|go-live|timeline|schedule|print date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the ${ORDINAL}|it|that)`,
      `(hope|hoping|hopefully|trust|I trust|assume|assuming|I assume|I take it|presumably) ... (deadline|launch|go-live|date|delivery|print date|timeline|schedule|the ${ORDINAL}|monday|tuesday|wednesday|thursday|friday) (is|are)? still (works|work|stands|holds|fine|ok|okay|doable|realistic|on|possible|feasible|achievable|on track)`,
      "(could|can|will) you (still)? (make up|catch up on|claw back) (the|some of the|the lost|lost)? (time|days|week)",
      "make up for (the)? lost time",
      "(is|are) (the)? (launch|deadline|go-live|go live|print date|release|opening|event|delivery) ... still (possible|doable|realistic|feasible|achievable|on the cards|on track|happening|manageable)",
      // Asked after their own delay: "Can we still go live on Monday?", "Is Friday still doable?"
      "(can|could) (we|you) still (make|hit|meet|keep|go live|launch|deliver|print|publish|ship|finish|do|have it ready|get it done) ... (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the 1st|the 2nd|the 3rd|the #num|the deadline|the date|the launch|on time|in time|by then|as planned|next week|this week|tomorrow)",
      "(is|are) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|that date|the date|the deadline|the timeline|the launch date|the go-live date|the print date|the schedule) still (doable|ok|okay|realistic|possible|feasible|achievable|on|fine|workable|manageable|on track)",
    ],
    unless: [...DATE_MOVED, "(call|meeting|zoom|catch-up|check-in|appointment|chat|workshop|session)"],
    unlessInMessage: DATE_MOVED_IN_MESSAGE,
    note: {
      en: "Their delay, and the hope that your date still holds: the time they used comes out of yours.",
      de: "Ihre Verzögerung und die Hoffnung, dass Ihr Termin trotzdem hält: Die verbrauchte Zeit geht von Ihrer ab.",
    },
    examples: {
      flag: ["Sorry for going quiet, it's been manic. Is the launch on the 20th still possible?", "Only just had a chance to look at the drafts. Can we still go live Monday?", "Is Friday still doable?", "Is the launch on the 20th still possible?", 
        "Hopefully this won't affect the launch date.",
        "Hope you can still make the deadline!",
        "I assume the 30th still works on your end?",
        "Could you make up the time over the next few days?",
        "I trust the delay won't change the timeline.",
      ],
      pass: ["Can we still do the call on Monday?", "Is the invoice still open?", "Hope you're well!", "I assume the call on Friday still works for you?", "Hopefully the new photos make the page pop."],
    },
  },
  {
    id: "en.reliability.late_feedback.date-kept-after-delay",
    signal: "reliability.late_feedback",
    language: "en",
    severity: 2,
    negatable: false,
    // Late feedback is often said in two sentences: "Sorry for the radio silence. The print date is unchanged."
    patterns: DATE_KEPT,
    requiresInMessage: CLIENT_LATE,
    unless: [...DATE_MOVED, "(call|meeting|zoom|catch-up|check-in|appointment|chat|workshop|session|interview)", "(thanks to you|on track thanks|going well|great work|well done)"],
    unlessInMessage: DATE_MOVED_IN_MESSAGE,
    note: {
      en: "Their part came late, yet the old date stands. Your delivery moves by the same amount.",
      de: "Ihr Teil kam spät, aber der alte Termin soll bleiben. Ihre Lieferung verschiebt sich um dieselbe Zeit.",
    },
    examples: {
      flag: ["Apologies for the delay, I was at a conference. We need the final files by the 10th.", "Sorry for the late feedback! The launch stays on Friday.", 
        "We've only just finished gathering the photos, two weeks later than planned. The printer deadline is unchanged.",
        "Apologies for the radio silence, the board only signed off this morning. We'd like to keep the launch date as it is.",
        "Sorry for the slow feedback, it's been manic here. Is Thursday still doable for you?",
        "Just back from holiday, so here are my comments. The go-live date can't move, the press release is out.",
        "Didn't get to the questions before my trip, answers below. The newsletter still goes out on Tuesday.",
        "Haven't had a chance to review the mock-ups yet, sorry. We should still be okay for Friday, right?",
        "Our MD has only just signed off the texts. The brochure is still due on the 12th.",
        "I know the script approvals were due on the 2nd, I've been travelling. Attached now, can you still have the modules filmed and edited for the Friday launch?",
      ],
      pass: ["We need the final files by the 10th, thanks!", 
        "Sorry for the slow reply, I was away. Let's move the go-live back a week to give you time.",
        "Our printer took longer than expected. The launch date stays the same.",
        "Sorry for the late reply. Is Thursday still okay for our call?",
        "The deadline is unchanged, the 14th as agreed.",
        "The payroll is still due on the 25th, as every month.",
        "Sorry for the slow reply. We should still be fine for the call on Friday.",
        "I didn't get to the gym before my holiday. The shoot is still on Friday.",
      ],
    },
  },
  {
    id: "en.reliability.late_feedback.reschedule-repeated",
    signal: "reliability.late_feedback",
    language: "en",
    severity: 2,
    // "Could we reschedule tomorrow's review? I know it's the second time, sorry."
    patterns: [
      "(reschedule|postpone|push back|push|move|cancel|bump) (tomorrow's|today's|our|the|this week's|monday's|tuesday's|wednesday's|thursday's|friday's) (call|meeting|review|session|workshop|check-in|catch-up|zoom|demo|presentation|kick-off|kickoff|proofs review)",
    ],
    requiresInMessage: ["(second|third|fourth|#num) time", "(moved|pushed|postponed|rescheduled|cancelled|canceled) (it|this|that|them)? (twice|three times|already|before|again|more than once)", "(again|once more|yet again|another time)", "(keep|kept) (moving|pushing|postponing|cancelling|rescheduling)"],
    unless: ["(again|once more|one more time|another|second|third|fourth|yet|twice|last minute|last-minute|short notice)", "(move|moving|push|pushing) (the|this|it|that) (call-to-action|cta|button|logo|image|text|section|block|menu|banner|photo|title|headline)"],
    note: {
      en: "Another moved meeting. Each move shifts the work that depends on it.",
      de: "Ein weiterer verschobener Termin. Jede Verschiebung verschiebt auch die Arbeit, die daran hängt.",
    },
    examples: {
      flag: ["Could we reschedule tomorrow's review? I know it's the second time, sorry."],
      pass: ["Could we reschedule tomorrow's review? Our CEO wants to join and she's only free on Friday."],
    },
  },
  {
    id: "en.reliability.late_feedback.another-week",
    signal: "reliability.late_feedback",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(is|are|will be|going to be|needs|need|will take|'ll take) (another|one more|a few more|a couple more|yet another|at least another) (week|weeks|few days|couple of days|days|month|fortnight)",
      "(I|we) (know|realise|realize) (I've|we've|I have|we have|I|we) (said|promised|told you) (that|this) (before|already|for|last week|a few times|several times|twice|every week|a lot)",
      "(next week|tomorrow|monday|friday) (again|once again|for real this time)",
      "(still|yet) (haven't|have not|hasn't|has not) (signed off|approved|decided|agreed|reviewed|sent|given|finalised|finalized|gathered|collected)",
      "(content|copy|texts|text|assets|materials|photos|images|pictures|logo files|brand files|brief|access|logins|login|credentials|product data|data|information|input) (is|are|will be|might be|may be|was|were)? (still)? (late|delayed|coming later|not ready|not ready yet|still missing|missing|behind|a bit late)",
      "(haven't|have not|didn't|did not|still haven't|still have not|not yet) (sent|gathered|collected|finished|prepared|written|got|gotten|received) (the|you|your|our|any)? (content|copy|texts|text|assets|materials|photos|images|pictures|logo files|brief|access|logins|credentials|feedback|comments|input|answers)",
      "(I'll|we'll|I will|we will|you'll|you will) (get|send|have|give) (it|them|you|the (content|copy|texts|photos|assets|feedback|comments|logins|brief))? ... (next week|by monday|by friday|tomorrow|this week|on monday) (I promise|promise|for sure|this time|for real|definitely|without fail)",
      "(still|yet) (waiting|waiting on|chasing) (on|for)? (our|my|the) (team|boss|ceo|legal|partners|director|board|photographer|client|colleagues|marketing) (for|to|on)? (the|our)? (product|page|website|site|final|new)? (content|copy|texts|photos|images|assets|approval|sign-off|feedback|input|answers|go-ahead|descriptions)",
      "(content|copy|texts|text|photos|images|assets|brief|feedback|approval|sign-off) (is|are) still (with|stuck with|sitting with|on the desk of|waiting for|waiting on|in review with) (our|my|the|legal|compliance)",
    ],
    requires: ["(sorry|apolog*|again|still|another|said|promised|promise|know)"],
    unless: [...DATE_MOVED, "(printer|printers|supplier|courier|post office|shipping|delivery company|manufacturer) ... (late|delayed|another)"],
    unlessInMessage: DATE_MOVED_IN_MESSAGE,
    note: {
      en: "Material or approval promised again and still missing. Without it, your dates cannot hold.",
      de: "Material oder Freigabe erneut versprochen und noch immer nicht da. Ohne sie können Ihre Termine nicht halten.",
    },
    examples: {
      flag: [
        "Sorry, the page content is going to be another week.",
        "I know I've said that for a few weeks now.",
        "The partners still haven't signed off on the texts.",
        "The product photos are still missing, sorry.",
        "I'll get the copy to you next week, I promise.",
        "We're still waiting on our team for the product texts, sorry.",
        "The copy is still with legal, I'm afraid.",
      ],
      pass: ["Our printer needs another week for the brochures.", "The product photos are attached, thanks!"],
    },
  },
  {
    id: "en.reliability.late_feedback.missed-meeting",
    signal: "reliability.late_feedback",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(we|I|they|our team|the team|he|she|everyone) (totally|completely|somehow)? (missed|forgot|forgot about|completely forgot|couldn't make|can't make|won't make|won't be able to make|didn't make|couldn't join|can't join|didn't join|didn't show up for|didn't attend|couldn't attend|can't attend|won't be able to attend|won't be able to join|double-booked|double booked|skipped) (the|our|yesterday's|today's|this morning's|this afternoon's|the scheduled|the planned|last week's|tomorrow's)? (call|meeting|appointment|zoom|check-in|session|workshop|review|catch-up|kick-off|kickoff|presentation|demo|slot)",
      "(missed|forgot|forgot about|skipped) (the|our|yesterday's|today's|this morning's|last week's) (call|meeting|appointment|zoom|check-in|session|workshop|catch-up|kick-off|kickoff|presentation|demo)",
      "(we|I|they|our team|the team) (missed|forgot|skipped|couldn't make|didn't make) (the|our|yesterday's|today's|this week's|last week's)? (sprint|weekly|monthly|fortnightly|daily|status|planning|design|content|project|team|progress) (review|planning|stand-up|standup|retro|retrospective|call|meeting|check-in|sync|catch-up)",
      "(running|run|ran) (late|behind) (for|to) (the|our|today's)? (call|meeting|zoom|check-in|session)",
      "(no-show|no show)",
      "(couldn't|could not|can't|cannot|won't|will not) make it (to|for)? (the|our|today's|tomorrow's|this morning's|this afternoon's)? (call|meeting|workshop|session|appointment|check-in|zoom|review|kick-off|kickoff)",
      "(something|an emergency|a conflict) came up ... (call|meeting|join|make it|attend|workshop|session|zoom)",
      "(sorry|apologies|apologise|apologize) (for|about) (missing|not making|not joining|skipping|standing you up|not showing up|not turning up|not being at|not dialling into|not dialing into|bailing on|flaking on|no-showing|forgetting) (the|our|yesterday's|today's|this morning's|this afternoon's|last week's)? (call|meeting|appointment|zoom|check-in|session|workshop|review|catch-up|kick-off|kickoff|presentation|demo|slot|you)?",
      "(stood you up|left you waiting|kept you waiting) (on|in|for)? (the|our)? (call|zoom|meeting|line|teams)?",
      "(slipped my mind|completely slipped|totally slipped|went out of my head|wasn't in my calendar|wasn't in my diary|didn't have it in my calendar|forgot to put it in my calendar)",
      "(was|were|got) (stuck|caught up|held up|tied up) (in|with|at) ... (and|so) (missed|couldn't|could not|didn't|forgot)",
    ],
    requires: ["(call|meeting|appointment|zoom|check-in|session|workshop|review|catch-up|kick-off|kickoff|presentation|demo|slot|today|tomorrow|yesterday|time|it|join|came up|you|this morning|earlier|mind)"],
    unless: ["(won't|will not|won't be able to|will not be able to|can't|cannot) (make|attend|join) ... (tomorrow|next week|on (monday|tuesday|wednesday|thursday|friday)|later this week)", ...DATE_MOVED, "(make it|made it) (work|happen|easier|better|pop|stand out|clear|bigger|smaller)"],
    note: {
      en: "A missed or skipped meeting. The time you reserved still counts.",
      de: "Ein verpasster Termin. Die reservierte Zeit zählt trotzdem.",
    },
    examples: {
      flag: ["Sorry for missing our call yesterday.", "Sorry for standing you up this morning.", "Our call completely slipped my mind, sorry.", "I was stuck in a board meeting and missed our check-in.", "Sorry, I couldn't make it to the workshop.", "Sorry, I completely forgot our call this morning.", "Sorry, we missed the call yesterday.", "I can't make our meeting today.", "Something came up, so I couldn't join.", "I'm running late for our call."],
      pass: ["I'm sorry, I won't be able to make the call tomorrow, could we do Thursday at the same time instead?", "Great call yesterday, thanks!", "Can you make the logo stand out more? I think that would make it pop."],
    },
  },
  {
    id: "en.reliability.late_feedback.reschedule-again",
    signal: "reliability.late_feedback",
    language: "en",
    severity: 2,
    patterns: [
      "(reschedule|rescheduling|postpone|postponing|push back|pushing back|move|moving|shift|shifting|cancel|cancelling|canceling|bump|push) (the|our|today's|tomorrow's|this|it|this week's|monday's|tuesday's|wednesday's|thursday's|friday's|the weekly|the planned|the scheduled)? (call|meeting|appointment|session|zoom|review|check-in|catch-up|workshop|demo|presentation|kick-off|kickoff)",
      "(reschedule|postpone|push|move|shift|cancel) (it|this|that|the call|the meeting|our call|our meeting) (again|once more|one more time|yet again|another time|for the (second|third|#num) time)",
      "(do|have|hold) (the|our) (call|meeting|workshop|session|review|check-in) (next week|tomorrow|another day|later|on another day|some other time) instead",
      "(need|have|had|want|will have|might have|may have) to (reschedule|postpone|cancel)",
      "(moved|pushed|postponed|rescheduled|cancelled|canceled|shifted|bumped) (it|this|that|the call|the meeting|the review|the workshop|our call|our meeting|the session)? (twice|three times|#num times|several times|a few times|a couple of times|already|before|more than once)",
      "(another|yet another|one more) (reschedule|postponement|cancellation|change of date|change of plan)",
    ],
    requires: ["(again|once more|one more time|another|second|third|fourth|yet|twice|last minute|last-minute|short notice)"],
    unless: ["(move|moving|shift|shifting|push|bump) (the|this|it|that) (call-to-action|cta|button|logo|image|text|section|block|menu|banner|photo|title|headline)", "(cancel|cancelling) (the|our|my) (subscription|order|account|membership|plan)"],
    note: {
      en: "Another moved meeting. Each move shifts the work that depends on it.",
      de: "Ein weiterer verschobener Termin. Jede Verschiebung verschiebt auch die Arbeit, die daran hängt.",
    },
    examples: {
      flag: ["Can we push the proofs review to next week? I know we've moved it twice already.", "Sorry for yet another reschedule!", "Can we do the call next week instead, again?", "Sorry, we have to cancel the workshop last minute.", "We need to reschedule again.", "Can we move tomorrow's call again?", "I have to postpone our meeting once more."],
      pass: ["Could you move the logo a bit to the left?", "Can we move Thursday's call to 11? Our CEO wants to join."],
    },
  },
];
