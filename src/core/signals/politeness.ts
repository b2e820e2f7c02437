/**
 * A politeness score per message, from -1 (very impolite) to 1 (very polite), built on
 * the politeness strategies of Danescu-Niculescu-Mizil, Sudhof, Jurafsky, Leskovec and
 * Potts, "A computational approach to politeness with application to social factors"
 * (ACL 2013). Each strategy found adds the score the paper's annotators gave it (their
 * Table 3): gratitude +0.87, deference +0.78, indirect "by the way" +0.63, please +0.49,
 * counterfactual modal ("could/would you") +0.47, greeting +0.43, apologising +0.36,
 * hedges +0.14, positive lexicon +0.12, indicative modal ("can/will you") +0.09;
 * factuality -0.38, direct start ("So …") -0.43, please as the first word -0.30,
 * "you" as the first word -0.30, direct question -0.27, negative lexicon -0.13.
 * German equivalents (bitte, danke, könnten Sie, würdest du, …) carry the same scores.
 * The sum is squashed into (-1, 1) so that more strategies give diminishing returns.
 */
import type { MessageScan } from "./sentenceMatcher";
import type { RuleLanguage } from "./types";

/** A strategy in one language: its wordings in the pattern language of `pattern.ts`. */
export interface StrategyWording {
  readonly name: string;
  readonly weight: number;
  readonly patterns: readonly string[];
  /** Counts only as a sentence's first words ("So …", "Please …"). */
  readonly atSentenceStart?: boolean;
  /** Counts only in a sentence that asks a question after it ("Why is this late?"). */
  readonly question?: true;
}

interface Strategy {
  readonly name: string;
  readonly weight: number;
  readonly en: string;
  readonly de: string;
  readonly atStart?: true;
  readonly question?: true;
}

const atStart = { atStart: true } as const;

/** The paper's strategies with its scores; "start" strategies look at a sentence's first words. */
export const STRATEGIES: readonly Strategy[] = [
  { name: "gratitude", weight: 0.87, en: "(thanks|thank|thx|appreciate|appreciated|appreciates|grateful)", de: "(danke|dankeschön|dankeschon|vielen dank|besten dank|herzlichen dank|bedanke|dankbar|merci)" },
  { name: "deference", weight: 0.78, en: "(great work|nice work|good work|well done|love (it|them|this)|brilliant|impressive|you're (a star|great|amazing))", de: "(tolle arbeit|super arbeit|gute arbeit|gut gemacht|klasse|großartig|toll gemacht|gefällt (mir|uns) (sehr|super|gut))" },
  { name: "indirect", weight: 0.63, en: "(by the way|btw|incidentally)", de: "(übrigens|nebenbei bemerkt)" },
  { name: "please", weight: 0.49, en: "(please|pls|plz|kindly)", de: "(bitte|bitteschön)" },
  { name: "counterfactual", weight: 0.47, en: "(could you|would you|would it be possible|would you mind|could we|if you could)", de: "(könnten sie|könntest du|würden sie|würdest du|wäre es möglich|wären sie so|wärst du so)" },
  { name: "greeting", weight: 0.43, en: "(hi|hello|hey|dear|good morning|good afternoon|morning)", de: "(hallo|hi|liebe|lieber|sehr geehrte|sehr geehrter|guten (tag|morgen|abend)|grüezi|servus|moin|grüß dich|griaß di)", ...atStart },
  { name: "apologizing", weight: 0.36, en: "(sorry|apologise|apologize|apologies|excuse me|my bad|forgive)", de: "(entschuldigung|entschuldige|entschuldigen sie|tut mir leid|sorry|verzeihung|verzeih)" },
  { name: "hedges", weight: 0.14, en: "(maybe|perhaps|possibly|i think|i guess|i suppose|probably|might|somewhat|a bit)", de: "(vielleicht|eventuell|evtl|möglicherweise|ich glaube|ich denke|wahrscheinlich|etwas|ein bisschen|ggf)" },
  { name: "positive", weight: 0.12, en: "(great|good|nice|wonderful|excellent|happy|glad|perfect|lovely|awesome)", de: "(super|gut|schön|prima|perfekt|freue|froh|wunderbar|klasse|toll)" },
  { name: "indicative", weight: 0.09, en: "(can you|will you|can we)", de: "(kannst du|können sie|wirst du|werden sie)" },
  { name: "factuality", weight: -0.38, en: "(in fact|actually|the point is|the reality is|the truth is|obviously|clearly|of course you)", de: "(tatsächlich|eigentlich|offensichtlich|natürlich müssen|fakt ist|tatsache ist)" },
  { name: "direct start", weight: -0.43, en: "(so|then|and|but)", de: "(also|dann|und|aber)", ...atStart },
  { name: "please start", weight: -0.3, en: "(please|pls)", de: "bitte", ...atStart },
  { name: "second person start", weight: -0.3, en: "(you|your)", de: "(du|dein|deine|sie haben|ihr)", ...atStart },
  { name: "direct question", weight: -0.27, en: "(what|why|who|how|when|where)", de: "(was|warum|wieso|weshalb|wer|wie|wann|wo)", ...atStart, question: true },
  { name: "negative", weight: -0.13, en: "(unacceptable|ridiculous|terrible|awful|useless|disappointed|disappointing|annoyed|frustrated|angry|wrong|bad|worse|worst)", de: "(inakzeptabel|lächerlich|schrecklich|furchtbar|unbrauchbar|enttäuscht|enttäuschend|verärgert|frustriert|wütend|falsch|schlecht|schlimm)" },
];

/** How quickly the summed weights saturate toward ±1. */
const SATURATION = 1.2;
/** Politeness is set in the opening and the ask: this many characters, and sentences for the "start" strategies. */
const OPENING_CHARACTERS = 8_000;
const OPENING_SENTENCES = 60;

const wordings: Partial<Record<RuleLanguage, readonly StrategyWording[]>> = {};
/** Every wording `strategyWordings` made: what `isStrategy` recognises. */
const ALL_WORDINGS = new WeakSet<object>();

/** A language's strategies as rules for the matcher (one pattern each); the same objects on every call. */
export function strategyWordings(language: RuleLanguage): readonly StrategyWording[] {
  let list = wordings[language];
  if (!list) {
    list = STRATEGIES.map(({ en, de, atStart, ...strategy }): StrategyWording => ({ ...strategy, atSentenceStart: atStart === true, patterns: [language === "en" ? en : de] }));
    for (const wording of list) ALL_WORDINGS.add(wording);
    wordings[language] = list;
  }
  return list;
}

/** Whether a matched rule is one of the politeness strategies (the analysis runs them with the phrase rules). */
export function isStrategy(rule: object): rule is StrategyWording {
  return ALL_WORDINGS.has(rule);
}

/**
 * The strategies found in one message, fed match by match, sentence after sentence, by
 * the analysis, which finds them in the same pass as the rules.
 */
export class PolitenessTally {
  private readonly found = new Set<string>();
  /** From here on, past the sentences where a "start" strategy counts. */
  private readonly startsEnd: number;

  constructor(scan: MessageScan) {
    this.startsEnd = scan.segments[OPENING_SENTENCES]?.start ?? Infinity;
  }

  /**
   * Offers a strategy's match in `sentence` (which starts at `sentenceStart` of the message).
   * @returns true when the strategy need not be looked for again in this message: it
   *   counted, or the sentences where it could count are behind
   */
  offer(strategy: StrategyWording, match: RegExpExecArray, sentenceStart: number, sentence: string): boolean {
    // Past the opening, no strategy counts.
    if (sentenceStart >= OPENING_CHARACTERS) return true;
    if (strategy.atSentenceStart && sentenceStart >= this.startsEnd) return true;
    if (strategy.question && !sentence.includes("?", match.index + match[0].length)) return false;
    this.found.add(strategy.name);
    return true;
  }

  /** The score of what was found: a number in [-1, 1], rounded to two decimals. */
  score(): number {
    const sum = STRATEGIES.reduce((total, strategy) => total + (this.found.has(strategy.name) ? strategy.weight : 0), 0);
    const score = Math.tanh(sum / SATURATION);
    return Math.round(score * 100) / 100 || 0;
  }
}
