import type { PhraseRule } from "../../types";

/** Words that make a complaint about money a complaint about your price. */
const PRICE_WORDS = "(price|prices|pricing|rate|rates|fee|fees|quote|quotation|cost|costs|estimate|invoice|charge|charges|offer|proposal|total|amount|budget|hourly|day rate|day-rate|retainer)";

/** Pushback on price or rate, and paying late or not at all. */
export const MONEY_RULES: readonly PhraseRule[] = [
  // money.price_pushback
  {
    id: "en.money.price_pushback.too-expensive",
    signal: "money.price_pushback",
    language: "en",
    severity: 2,
    patterns: [
      "(too|quite|very|rather|really|so|pretty|a bit|a little|bit|super|crazy|ridiculously|insanely|awfully|way too|far too|much too|extremely|incredibly|seriously) (expensive|pricey|pricy|costly|steep)",
      "(is|are|seems|seem|looks|look|feels|feel|sounds|sound|was|were|it's|that's) (a bit|a little|quite|rather|way|far|very|really|pretty|just|simply|slightly|somewhat)? (steep|pricey|pricy|expensive|costly|excessive|hefty|overpriced)",
      "(on the|a bit on the|a little on the|rather on the) (high|expensive|pricey|steep|pricier|higher|dear) side",
      "(more expensive|pricier|costlier|more costly) than (we|I|expected|anticipated|hoped|planned|budgeted|other|others|last|the)",
      "(overpriced|over-priced|rip-off|ripoff|rip off|daylight robbery|highway robbery|extortionate|exorbitant)",
      "why so (expensive|pricey)",
      "(would be|would seem|seems|sounds|feels|is) (much|a lot|a bit)? (fairer|more reasonable|more realistic|more appropriate|more in line|more like it)",
      "(do|doing|make|making|offer|take) (it|this|that|the job|the project|the work|them|the lot)? for (half|less|cheaper|a fraction|a lower (price|rate|fee)|less money|half the price|half price|a bit less|a little less)",
      "half (price|the price|the fee|the rate|off|the cost)",
      "(knock|knocking|shave|shaving) (something|a bit|a little|some|a few)? off",
      "(big|huge|steep|massive|significant|hefty|large|sharp) (jump|increase|hike|rise|leap)",
    ],
    unless: [
      "(printer|printing|hosting|license|licence|licensing|shipping|postage|ads|advertising|venue|stock photos|agency we used|last agency|previous agency|old agency|competitor|flights|hotel|rent|energy) ... (expensive|pricey|costly|steep)",
      "(worth|fair|reasonable) (it|every|the)",
      "(learning curve|hill|climb|stairs|slope|traffic|visitors|sales|growth|followers)",
    ],
    note: {
      en: "Pushback on your price. Explain the value or adjust the scope, not the rate.",
      de: "Einwand gegen Ihren Preis. Erklären Sie den Wert oder passen Sie den Umfang an, nicht den Satz.",
    },
    examples: {
      flag: ["Your quote is way too expensive.", "That feels steep for a website.", "Forty an hour is on the high side for a VA.", "Maybe you do it for half and we see?", "I think a lower figure would be fairer."],
      pass: ["Printing is really expensive this year, so we'll go digital.", "It's a bit pricey, but totally worth it, go ahead."],
    },
  },
  {
    id: "en.money.price_pushback.price-too-high",
    signal: "money.price_pushback",
    language: "en",
    severity: 2,
    patterns: [
      "(is|are|seems|seem|looks|look|feels|feel|sounds|sound|was|were|it's|that's) (a bit|a little|quite|rather|way|far|much|very|really|pretty|just|simply|slightly|somewhat|too)? (too)? (high|much|a lot|out of (our|my) (budget|range|price range)|more than (we|I) (can|could|want|wanted|expected|budgeted|hoped))",
      "(why|how) (is|are|does|do|did|come) (it|this|that|your|the) (cost|price|rate|quote|invoice|fee|estimate|total)? (so (much|high|expensive)|that (much|high|expensive)|this (much|high|expensive)|more than)",
      "why so (much|high)",
      "(that's|that is|this is|it's|it is) a lot (of money|for|to pay)",
    ],
    requires: [PRICE_WORDS, "(money|pay|paying|afford|euros|dollars|pounds|bucks|hour|an hour|per hour|a day|per day|per word|per page)"],
    unless: ["(printer|printing|hosting|license|licence|shipping|postage|venue|competitor|flights|hotel|rent) ... (high|much|a lot)", "(worth|fair|reasonable) (it|every|the)", "(traffic|visitors|sales|growth|followers|quality|standard|resolution|contrast|demand|expectations)"],
    note: {
      en: "Your price called too high. Explain the value or adjust the scope, not the rate.",
      de: "Ihr Preis wird als zu hoch bezeichnet. Erklären Sie den Wert oder passen Sie den Umfang an, nicht den Satz.",
    },
    examples: {
      flag: ["That price seems a bit high for a logo.", "Why is the invoice so high?", "The rate is more than we budgeted."],
      pass: ["Our traffic is much higher than last year.", "The quality is very high, thank you."],
    },
  },
  {
    id: "en.money.price_pushback.equity-instead",
    signal: "money.price_pushback",
    language: "en",
    severity: 2,
    patterns: [
      "(equity|stock options|sweat equity|revenue share|rev share|profit share|on commission|commission-based|commission only|a cut of|a share of (the)? (profits|revenue|sales)|a percentage of (the)? (sales|profits|revenue))",
    ],
    requires: ["(instead|rather than|in place of|in lieu|part cash|part|partly|as payment|worth|fee|rate|price|cash|pay|paid|payment|offer|give you)"],
    unless: ["(our|the) (shareholders|investors|board|sales team|agents) ... (commission|equity|shares)"],
    note: {
      en: "A stake or commission offered in place of your fee: a risk you carry, not a payment.",
      de: "Beteiligung oder Provision statt Honorar: ein Risiko, das Sie tragen, keine Bezahlung.",
    },
    examples: {
      flag: ["We could do part cash, part equity.", "Would you take a revenue share instead of a fee?"],
      pass: ["Please share the files with our team."],
    },
  },
  {
    id: "en.money.price_pushback.discount",
    signal: "money.price_pushback",
    language: "en",
    severity: 2,
    patterns: [
      "(discount|discounts|discounted|cheaper|reduction|reduced (rate|price|fee)|special (rate|price|deal|offer)|friends (rate|price)|mates rates|mates' rates|mate's rates|mate's rate|family (rate|price)|loyalty (discount|rate)|better (deal|price|rate|offer)|lower (price|rate|fee|quote)|price break|price cut)",
      "(do|go|come|get) (any)? (a bit|a little|something|slightly)? (better|lower|down|cheaper) (on|with|in) (the|your|that|this)? (price|rate|fee|quote|cost|number|figure|total)",
      "(can|could) you (do|go) (any|a bit|a little|slightly|something)? (better|lower|cheaper)",
      "(lower|reduce|drop|cut|bring down|knock down|knock off|shave|trim|decrease|adjust|reconsider|rethink|revisit|lower down|bring) (your|the|this|that|our|its)? (rate|rates|price|prices|fee|fees|quote|cost|invoice|total|estimate|hourly rate|day rate|number|figure|amount) (down|a bit|a little|by|to)?",
      "(meet|meeting) (me|us)? (in the middle|halfway|half-way|half way)",
      "(is|are) (the|your|that|this) (price|rate|fee|quote|cost|estimate) (negotiable|flexible|final|set in stone)",
      "(any|some|a bit of|little) (wiggle room|flexibility|room|leeway|give) (on|with|in|for) (the|your)? (price|rate|fee|quote|cost|budget|pricing)",
      "(would|could|can|will) you (accept|take|consider|do it for|do this for|do the (job|project|work) for|settle for|work for)",
    ],
    unless: ["(printer|supplier|hosting|license|licence|software|our customers|our clients|for our customers|we offer|we give|newsletter subscribers|black friday|promo code|coupon)"],
    note: {
      en: "A request for a lower price. A discount is a choice; a smaller scope is the usual answer.",
      de: "Die Bitte um einen niedrigeren Preis. Ein Rabatt ist eine Entscheidung; die übliche Antwort ist ein kleinerer Umfang.",
    },
    examples: {
      flag: ["Is there any discount for a long-term project?", "Can you do better on the price?", "Could you lower your rate a bit?", "Can we meet in the middle?", "Is the quote negotiable?"],
      pass: ["We're running a discount for our customers next week, could you design the banner?", "The printer gave us a cheaper option for the flyers."],
    },
  },
  {
    id: "en.money.price_pushback.others-charge-less",
    signal: "money.price_pushback",
    language: "en",
    severity: 2,
    patterns: [
      "(other|another|most|many|some|cheaper|the last|our last|our previous|our old|the previous) (freelancers|freelancer|designers|designer|developers|developer|agencies|agency|writers|writer|vas|va|assistants|assistant|people|companies|providers|translators|copywriters|photographers|editors|consultants|contractors) (charge|charges|charged|ask|asks|asked|quoted|quote|quotes|offer|offers|offered|do it for|would do it for|are cheaper|is cheaper|were cheaper|was cheaper|cost|costs|work for)",
      "(on|from|via|at) (fiverr|upwork|freelancer.com|peopleperhour|99designs)",
      "(found|find|get|got|have|know) (someone|somebody|a freelancer|an agency|a designer|a developer|a writer|another|others|people) (who|that|willing to|to)? ... (cheaper|for less|for half|half the price|half the cost|a fraction)",
      "(half|a fraction|a third|a quarter|less than half) (of)? (the|your|that|what you) (price|rate|cost|quote|fee|charge|ask|asking)?",
      "(charge|charging|charges|pay|paying|cost|costs) (half|less|much less|way less|a lot less|a fraction)",
    ],
    unless: ["(half|a third|a quarter) (up front|upfront|now|in advance|on signing|deposit|at the start|before)", "pay (half|the rest|the balance) (now|upfront|up front|in advance|on|at|when|after|once)"],
    note: {
      en: "A comparison with cheaper providers to press your price down.",
      de: "Ein Vergleich mit günstigeren Anbietern, um Ihren Preis zu drücken.",
    },
    examples: {
      flag: ["Other freelancers charge half of that.", "We found someone on Fiverr who'd do it for half the price.", "Our last designer charged a fraction of this."],
      pass: ["We'll pay half up front and the rest on delivery.", "Other designers loved your portfolio when we shared it."],
    },
  },
  {
    id: "en.money.price_pushback.rate-increase",
    signal: "money.price_pushback",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(rate|price|fee|pricing|prices|rates|fees|cost) (increase|increases|hike|hikes|rise|raise|change|changes|bump|adjustment|jump)",
      "(increase|increasing|raise|raising|raised|increased|hiked|hike|bump|bumping|bumped|up|upped|upping) (your|the)? (rate|rates|price|prices|fee|fees|hourly rate|day rate)",
      "(new|higher|increased|updated) (rate|rates|price|prices|fee|fees|pricing)",
    ],
    requires: [
      "(unacceptable|not acceptable|can't accept|cannot accept|can not accept|won't accept|will not accept|too much|too high|steep|surprised|shocked|not happy|unhappy|can't afford|cannot afford|out of the question|disappointed|disappointing|difficult|hard to|justify|justified|concerned|reconsider|keep|old rate|previous rate|current rate|stay|stick|won't|can't|cannot|not|no way|outrageous|ridiculous|absurd|frankly|honestly|why|how come|without notice|sudden|suddenly|out of the blue|budget|approve|afford|hold|freeze|same)",
    ],
    unless: ["(fine|fair|understandable|understand|makes sense|no problem|totally fair|all good|deserved|agree|agreed|approved|happy with|okay with|ok with)"],
    note: {
      en: "A complaint about your rate increase. Announced in time, it stands.",
      de: "Beschwerde über Ihre Preiserhöhung. Rechtzeitig angekündigt, gilt sie.",
    },
    examples: {
      flag: ["The rate increase is unacceptable.", "We can't accept the new rates.", "Why are you raising your prices out of the blue?"],
      pass: ["The new rate is fine with us.", "Thanks for letting us know about the price increase, that's totally fair."],
    },
  },
  {
    id: "en.money.price_pushback.cant-afford",
    signal: "money.price_pushback",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(can't|cannot|can not|couldn't|could not|won't|will not|cant|wont|don't|do not) (really)? (afford|justify|pay|spend|stretch to|go above|go higher than|go beyond|go over|do more than) (that|this|it|the|your|so much|that much|this much|more than|more|over|above|#num|a (price|rate|fee))",
      "(not|isn't|isnt|is not|was not|wasn't) (really)? (in|within) (our|my|the) (budget|price range|range)",
      "(over|above|exceeds|exceeded|exceeding|beyond|out of|outside|outside of|blows|blew|break|breaks) (our|my|the|his|her|their) (budget|price range|means|league|range)",
      "more than (he|she|we|I|they|our business|the business|a small business) (can|could) (stretch to|afford|pay|manage|justify|spend|swing)",
      "(budget|money|funds|finances) (is|are|was|were)? (really|very|quite|a bit|super|pretty)? (tight|limited|stretched|small|low|constrained|thin)",
      "(tight|limited|small|smaller|modest|low|shoestring|restricted|fixed) budget",
      "(only|just) (have|got|had) (#num|a (small|limited|tiny|fixed)) (budget|to spend)?",
      "(keep|stay|stick|stay with|go back to|remain at|remain on|stay on|hold|continue (with|on|at)) (with|on|to)? (the|your)? (old|current|previous|existing|original|same|last year's|usual) (rate|rates|price|prices|fee|fees|pricing)",
      "(don't|do not|never|won't|will not|can't|cannot|rather not|prefer not to|wouldn't|would rather not) (pay|do|give|make|send) (a|any)? (deposit|deposits|upfront|up front|up-front|advance payment|payment in advance|in advance|advance)",
    ],
    unless: ["(the budget is approved|budget (has been|was|got) approved|approved the budget)", "(printer|supplier|hosting|venue|ads|advertising|software|license|licence)"],
    note: {
      en: "Budget pressure put on your price. The scope can shrink to fit; the rate stays.",
      de: "Budgetdruck auf Ihren Preis. Der Umfang kann schrumpfen, der Satz bleibt.",
    },
    examples: {
      flag: ["We can't afford that.", "That's not really in our budget.", "Our budget is tight this quarter.", "We'd like to stay with the old prices.", "We don't pay deposits."],
      pass: ["Good news: the budget is approved.", "Please send the invoice, the payment is within our budget."],
    },
  },

  // money.late_payment
  {
    id: "en.money.late_payment.next-month",
    signal: "money.late_payment",
    language: "en",
    severity: 2,
    patterns: [
      "(pay|paid|payment|settle|settled|transfer|transferred|process|processed|pay you|payment will|the invoice) ... (next|end of (the|next)?|following|beginning of next|start of next|early next|later (this|next)?|in a few|in a couple of|in two|in three) (month|months|quarter|quarters|year|weeks)",
      "(pay|paying|settle|settling|payment|transfer|process|processing|clear|clearing) (it|this|that|the invoice|the balance|the rest|the remainder|you|your invoice|the bill|the payment|the final payment|the last payment)? (later|a bit later|a little later|at a later date|down the line|eventually|in a while|when we can|when possible|once things settle|soon-ish)",
      "(delay|delayed|delaying|postpone|postponed|postponing|push back|pushed back|hold off on|holding off on|hold off|holding off|hold|on hold|defer|deferred|deferring|pause|paused|wait with|waiting with) (on|with)? (the|your|any|all)? (payment|payments|invoice|invoices|transfer|invoicing|billing|sending the invoice|sending your invoice|sending an invoice)",
      "(payment|payments|the transfer|the invoice|your invoice|the money|your money) (will be|is|are|might be|may be|could be|has been|have been|is going to be)? (a bit|a little|slightly|somewhat|a few (days|weeks))? (delayed|late|held up|on hold|postponed|pending|stuck|slow|later than planned|behind)",
      "(net 60|net 90|net 120|net-60|net-90|net-120|60 days|90 days|120 days)",
      "(next|new|following) (financial|fiscal|tax|budget|business) (year|quarter)",
      "(the rest|the balance|the remainder|the other half|the second half|the final part) (later|next month|in #num|in a few|in a couple of|in (two|three|four|five|six) (weeks|months)|after|when|once|at the end|down the line|in the new year)",
    ],
    requires: ["(pay|paid|payment|payments|invoice|invoices|transfer|settle|money|funds|balance|bill|net)"],
    unless: ["(paid|transferred|sent|processed|settled) (it|the invoice|your invoice|the payment|the balance)? (today|yesterday|this morning|just now|already|last week)", "(already|just|has been|have been|was) (paid|transferred|processed|settled|sent)"],
    note: {
      en: "Payment pushed into the future. Point to the agreed terms and the due date.",
      de: "Die Zahlung wird in die Zukunft verschoben. Verweisen Sie auf die vereinbarten Bedingungen und das Fälligkeitsdatum.",
    },
    examples: {
      flag: ["We'll pay next month.", "Can we settle the invoice at the end of next quarter?", "The payment will be a bit delayed.", "Our standard terms are net 90."],
      pass: ["We paid the invoice this morning.", "The payment has been processed, thanks!"],
    },
  },
  {
    id: "en.money.late_payment.invoice-lost",
    signal: "money.late_payment",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(invoice|invoices|payment|bill) ... (lost|misplaced|missing|stuck|buried|overlooked|forgotten|sent to the wrong|in spam|in the spam)",
      "(never|didn't|did not|haven't|have not|hadn't|can't|cannot|couldn't|could not|don't) (ever)? (receive|received|get|got|gotten|see|seen|find|found|locate|have) (the|your|an|any|that|this)? (invoice|invoices|bill)",
      "(can't|cannot|couldn't) (find|locate|see) (the|your) invoice",
      "(forgot|forgotten|forget|slipped (my|our) mind|slipped through)",
      "(resend|re-send|send again|send over again|send me again|send it again|send us again|resubmit|re-issue|reissue) (the|your|that)? (invoice|bill)?",
      "(wrong|incorrect|missing|no) (po|purchase order|po number|reference|vat number|tax id|cost centre|cost center|billing address|details) (on|in)? (the|your)? (invoice)?",
      "(accounts|finance|accounting|payables|bookkeeper|accountant|ap team|billing) (department|team|dept|people)? (is|are|has|have|hasn't|haven't|didn't|needs|need|will need|still)? (slow|backed up|behind|on holiday|away|off|out|not (yet)? (approved|processed|paid)|processing|reviewing|questions|query|queries|sorting)",
    ],
    requires: ["(invoice|invoices|bill|payment|pay|paid|finance|accounts|accounting|payables|po|purchase order|transfer|money)"],
    unless: ["(please|kindly) (send|include|attach) (the|your|an) invoice (with|when|once|to)", "(attached|enclosed|here is|here's) (the|your|our|a) (invoice|remittance|payment confirmation)"],
    note: {
      en: "The invoice \"got lost\" or is stuck somewhere: resend it once, with the due date.",
      de: "Die Rechnung ist angeblich „verloren gegangen“ oder hängt fest: Schicken Sie sie einmal neu, mit Fälligkeitsdatum.",
    },
    examples: {
      flag: ["Your invoice must have got lost in our system.", "We never received the invoice.", "Sorry, I forgot to pay the invoice.", "Our accounts department is backed up at the moment."],
      pass: ["Please send the invoice with the final files.", "Here is the payment confirmation for your invoice."],
    },
  },
  {
    id: "en.money.late_payment.pay-when-paid",
    signal: "money.late_payment",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(once|when|as soon as|after|until|till|before) (our|the|my|their|a) (client|customer|clients|customers|funding|investor|investors|investment|money|budget|grant|loan|payment|funds|end client|big client|sales|revenue|cash|project|campaign|launch|product|site|app|website) (pays|paid|has paid|comes|come|arrives|arrive|clears|is released|are released|goes through|pay|have paid|comes in|come in|come through|comes through|gets paid|pays us|is approved|are approved|is live|goes live|launches|starts|sells|picks up|generates)",
      "(once|when|as soon as|after|until|till) (we|we've|we have|we're|we are|i|i've|i have) (get|got|been paid|are paid|raised|close|closed|receive|received|see|seen|make|made|start making|get paid|sold|start seeing|launched|launch|go live|have the money|have funds)",
      "(cash flow|cashflow|cash-flow|liquidity)",
      "(paid|pay you|payment|your money) (when|whenever|if|once) (I|we) (say so|decide|feel like it|see fit|get round to it|get around to it|are ready|am ready|choose|want to)",
      "(you'll|you will|you'd|you would) get (nothing|not a penny|not a cent|not a dime|no money|nothing at all|paid nothing)",
      "(in|into|as) (instalments|installments|monthly payments|monthly instalments|monthly installments|weekly payments|two parts|three parts|several payments|chunks|parts|tranches|smaller payments)",
      "(split|spread|break|divide) (the|it|this|that|the payment|the invoice|the bill|payment|payments) (up|into|over|across|in)",
      "payment (plan|schedule|arrangement)",
      "(pay|payment|paying|compensation) (on|upon|based on|depending on|tied to|linked to|after) (results|success|performance|sales|revenue|commission|launch|go-live|completion of the project)",
    ],
    requires: ["(pay|paid|payment|payments|invoice|invoices|settle|money|funds|fee|fees|balance|bill|cash|transfer|compensat*)"],
    unless: ["(invoice|payment|transfer) (was|has been|is)? (sent|paid|processed|settled|transferred|scheduled for today)", "(pay|paid) (upfront|up front|in advance|in full|today|now)"],
    note: {
      en: "Your payment made to depend on someone else's money or on results. Your terms do not depend on either.",
      de: "Ihre Bezahlung wird vom Geld anderer oder vom Erfolg abhängig gemacht. Ihre Bedingungen hängen von keinem von beiden ab.",
    },
    examples: {
      flag: ["We'll pay you once our client pays us.", "We have some cash flow issues right now.", "Can we pay the invoice in instalments?", "We'll settle it after launch, when we see results.", "We'd rather pay on results."],
      pass: ["Our client paid us, so here is your transfer as well: the invoice was paid today.", "We pay upfront, as agreed."],
    },
  },
  {
    id: "en.money.late_payment.cant-pay-yet",
    signal: "money.late_payment",
    language: "en",
    severity: 2,
    negatable: false,
    patterns: [
      "(can't|cannot|can not|couldn't|could not|won't|will not|unable to|not able to|aren't able to|are not able to|isn't possible to) (pay|settle|transfer|process|release|approve|clear) (it|this|that|you|the|your|any|yet|right now|at the moment|this month|until|before)",
      "(haven't|have not|hasn't|has not|not|didn't|did not) (yet|been able to|had a chance to|got round to|got around to|managed to)? (paid|pay|settled|processed|transferred|approved) (it|the|your|this|that|you|yet)",
      "(not|hasn't|haven't|has not|have not|isn't|is not) (been)? (paid|processed|settled|transferred|approved) yet",
      "(bank|banking|payment system|payment portal|system|transfer|wire) (issue|issues|problem|problems|glitch|glitches|error|errors|delay|delays|holiday|is down|was down|hiccup)",
      "(pay|paying|settle) (the rest|the balance|the remainder|the other half|the second half|the final part|the last part|part of it|half of it|what's left) (later|next|after|when|once|at the end|in)",
      "(can|could) (we|I) (pay|settle) (later|next|in|after|at the end|part|half|a part|some of it|the rest)",
      "(payment|invoice) (run|cycle|round) (is|was)? (on|at the end|next|only|every)",
      "(only|just) (pay|process|release|do) (payments|invoices|transfers) (on|at|once|twice|every)",
    ],
    requires: ["(pay|paid|payment|payments|invoice|invoices|settle|money|funds|balance|bill|transfer|bank)"],
    unless: ["(payment|invoice|transfer) (was|has been|is|went)? (sent|paid|processed|settled|transferred|out) (today|yesterday|this morning|already|just now)"],
    note: {
      en: "A reason why the payment is not coming yet. The due date stands unless you agree to move it.",
      de: "Ein Grund, warum die Zahlung noch nicht kommt. Das Fälligkeitsdatum gilt, solange Sie es nicht verschieben.",
    },
    examples: {
      flag: ["We can't pay this until the end of March.", "We haven't paid it yet because of an internal approval.", "There's a bank issue on our side.", "Could we pay the rest later?", "Sorry, our payment run was on Monday, so it will go out with the next one."],
      pass: ["The payment was sent this morning.", "Thanks for the invoice, the transfer went out today."],
    },
  },
];
