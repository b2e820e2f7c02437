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
import { splitSegments } from "./segments";
import type { RuleLanguage } from "./types";

interface Strategy {
  readonly name: string;
  readonly weight: number;
  /** Counted once per message; case-insensitive. */
  readonly en: RegExp;
  readonly de: RegExp;
  /** Whether the pattern looks at a sentence's start (then it is tried per sentence, else once on the text). */
  readonly atStart?: true;
}

const B = "(?<![\\p{L}])";
const E = "(?![\\p{L}])";
const words = (list: string) => new RegExp(`${B}(?:${list})${E}`, "iu");
const start = (list: string) => new RegExp(`^\\s*(?:${list})${E}`, "iu");
const atStart = { atStart: true } as const;

/** The paper's strategies with its scores; "start" strategies look at a sentence's first word. */
export const STRATEGIES: readonly Strategy[] = [
  { name: "gratitude", weight: 0.87, en: words("thanks?|thank you|thx|appreciate[ds]?|grateful"), de: words("danke|dankesch[öo]n|vielen dank|besten dank|herzlichen dank|bedanke|dankbar|merci") },
  { name: "deference", weight: 0.78, en: words("great work|nice work|good work|well done|love (?:it|them|this)|brilliant|impressive|you(?:'|’)re (?:a star|great|amazing)"), de: words("tolle arbeit|super arbeit|gute arbeit|gut gemacht|klasse|großartig|grossartig|toll gemacht|gefällt (?:mir|uns) (?:sehr|super|gut)") },
  { name: "indirect", weight: 0.63, en: words("by the way|btw|incidentally"), de: words("übrigens|uebrigens|nebenbei bemerkt") },
  { name: "please", weight: 0.49, en: words("please|pls|plz|kindly"), de: words("bitte|bitteschön") },
  { name: "counterfactual", weight: 0.47, en: words("could you|would you|would it be possible|would you mind|could we|if you could"), de: words("könnten sie|koennten sie|könntest du|koenntest du|würden sie|wuerden sie|würdest du|wuerdest du|wäre es möglich|waere es moeglich|wären sie so|wärst du so") },
  { name: "greeting", weight: 0.43, en: start("hi|hello|hey|dear|good morning|good afternoon|morning"), de: start("hallo|hi|liebe|lieber|sehr geehrte|sehr geehrter|guten (?:tag|morgen|abend)|grüezi|gruezi|servus|moin|grüß dich|griaß di"), ...atStart },
  { name: "apologizing", weight: 0.36, en: words("sorry|apologi[sz]e|apologies|excuse me|my bad|forgive"), de: words("entschuldigung|entschuldige|entschuldigen sie|tut mir leid|sorry|verzeihung|verzeih") },
  { name: "hedges", weight: 0.14, en: words("maybe|perhaps|possibly|i think|i guess|i suppose|probably|might|somewhat|a bit"), de: words("vielleicht|eventuell|evtl|möglicherweise|ich glaube|ich denke|wahrscheinlich|etwas|ein bisschen|ggf") },
  { name: "positive", weight: 0.12, en: words("great|good|nice|wonderful|excellent|happy|glad|perfect|lovely|awesome"), de: words("super|gut|schön|schoen|prima|perfekt|freue|froh|wunderbar|klasse|toll") },
  { name: "indicative", weight: 0.09, en: words("can you|will you|can we"), de: words("kannst du|können sie|koennen sie|wirst du|werden sie") },
  { name: "factuality", weight: -0.38, en: words("in fact|actually|the point is|the reality is|the truth is|obviously|clearly|of course you"), de: words("tatsächlich|tatsaechlich|eigentlich|offensichtlich|natürlich müssen|fakt ist|tatsache ist") },
  { name: "direct start", weight: -0.43, en: start("so|then|and|but"), de: start("also|dann|und|aber"), ...atStart },
  { name: "please start", weight: -0.3, en: start("please|pls"), de: start("bitte"), ...atStart },
  { name: "second person start", weight: -0.3, en: start("you|your"), de: start("du|dein|deine|sie haben|ihr"), ...atStart },
  { name: "direct question", weight: -0.27, en: /^\s*(?:what|why|who|how|when|where)\b[^?]*\?/iu, de: /^\s*(?:was|warum|wieso|weshalb|wer|wie|wann|wo)\b[^?]*\?/iu, ...atStart },
  { name: "negative", weight: -0.13, en: words("unacceptable|ridiculous|terrible|awful|useless|disappointed|disappointing|annoyed|frustrated|angry|wrong|bad|worse|worst"), de: words("inakzeptabel|lächerlich|schrecklich|furchtbar|unbrauchbar|enttäuscht|enttäuschend|verärgert|frustriert|wütend|falsch|schlecht|schlimm") },
];

/** How quickly the summed weights saturate toward ±1. */
const SATURATION = 1.2;

/**
 * The politeness of a message's own words.
 * @param text the message text (no quotes, no signature)
 * @param language the message's language; "und" applies both lists
 * @returns a number in [-1, 1], rounded to two decimals; 0 for an empty text
 */
export function politenessScore(text: string, language: RuleLanguage | "und"): number {
  const languages: RuleLanguage[] = language === "und" ? ["en", "de"] : [language];
  const found = new Set<string>();
  // Politeness is set in the opening and the ask: the first few thousand characters and
  // sentences are enough, and keep the score cheap on a huge message.
  const opening = text.slice(0, 8_000);
  for (const strategy of STRATEGIES) {
    if (!strategy.atStart && languages.some((lang) => strategy[lang].test(opening))) found.add(strategy.name);
  }
  for (const segment of splitSegments(opening).slice(0, 60)) {
    const sentence = opening.slice(segment.start, segment.end);
    for (const strategy of STRATEGIES) {
      if (!strategy.atStart || found.has(strategy.name)) continue;
      if (languages.some((lang) => strategy[lang].test(sentence))) found.add(strategy.name);
    }
  }
  const sum = STRATEGIES.reduce((total, strategy) => total + (found.has(strategy.name) ? strategy.weight : 0), 0);
  const score = Math.tanh(sum / SATURATION);
  return Math.round(score * 100) / 100 || 0;
}
