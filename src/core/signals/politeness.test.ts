import { analyzeThread } from "./analyzeThread";
import { politenessScore } from "./politeness";
import { PHRASE_RULES } from "./rules";
import type { ThreadMessage } from "../thread/readThread";
import type { RuleLanguage } from "./types";

const message = (text: string, language: RuleLanguage | "und"): ThreadMessage => ({ from: null, sentAt: null, language, text, signature: null, quoteDepth: 0, forwarded: false });

describe("politenessScore", () => {
  it("ranks requests the way the ACL 2013 strategies do", () => {
    const polite = politenessScore("Hi Mara, thanks so much for the drafts! Could you perhaps send the final files when you have a moment? Sorry for the rush.", "en");
    const neutral = politenessScore("The files are attached. The meeting is on Tuesday.", "en");
    const rude = politenessScore("Why is this still not done? You said Friday. So send it now, this is actually ridiculous.", "en");
    expect(polite).toBeGreaterThan(0.5);
    expect(neutral).toBe(0);
    expect(rude).toBeLessThan(-0.5);
    expect(polite).toBeLessThanOrEqual(1);
    expect(rude).toBeGreaterThanOrEqual(-1);
  });

  it("reads German du and Sie alike", () => {
    expect(politenessScore("Hallo Jonas, vielen Dank! Könntest du mir bitte die Texte schicken?", "de")).toBeGreaterThan(0.5);
    expect(politenessScore("Sehr geehrter Herr Becker, würden Sie bitte die Rechnung anpassen? Danke.", "de")).toBeGreaterThan(0.5);
    expect(politenessScore("Warum ist das immer noch nicht fertig? Das ist eigentlich inakzeptabel.", "de")).toBeLessThan(-0.3);
  });

  it("is 0 for an empty text and applies both lists when the language is undetermined", () => {
    expect(politenessScore("", "en")).toBe(0);
    expect(politenessScore("Thanks! Danke!", "und")).toBeGreaterThan(0.5);
  });

  it("reads a sentence's first words as a strategy only in the first 60 sentences", () => {
    const plain = "The files are attached. ";
    expect(politenessScore(`${plain.repeat(59)}So send them.`, "en")).toBeLessThan(0);
    expect(politenessScore(`${plain.repeat(60)}So send them.`, "en")).toBe(0);
  });

  it("is what the analysis finds in the rules' pass, also past the opening it reads", () => {
    const texts = PHRASE_RULES.flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass].map((text) => message(text, rule.language)));
    // Longer than the opening (8 000 characters, 60 sentences for the "start" strategies), in both languages.
    const long = (language: RuleLanguage) => PHRASE_RULES.filter((rule) => rule.language === language).flatMap((rule) => rule.examples.pass).join(" ");
    const messages = [...texts, message(`So what now? ${long("en")}`, "en"), message(`Also, was nun? ${long("de")}`, "de"), message(long("en") + long("de"), "und")];
    expect(messages.at(-1)?.text.length).toBeGreaterThan(16_000);
    const analysed = analyzeThread(messages).messages.map((result) => result.politeness);
    expect(analysed).toEqual(messages.map((m) => politenessScore(m.text, m.language)));
    expect(new Set(analysed).size).toBeGreaterThan(20);
  });
});

