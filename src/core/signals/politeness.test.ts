import { analyzeThread } from "./analyzeThread";
import type { ThreadMessage } from "../thread/readThread";
import type { RuleLanguage } from "./types";

const message = (text: string, language: RuleLanguage | "und"): ThreadMessage => ({ from: null, sentAt: null, language, text, signature: null, quoteDepth: 0, forwarded: false });

/** The politeness the analysis gives one message of the given language. */
function politeness(text: string, language: RuleLanguage | "und"): number {
  return analyzeThread([message(text, language)]).messages[0]?.politeness ?? Number.NaN;
}

describe("the politeness score", () => {
  it("ranks requests the way the ACL 2013 strategies do", () => {
    const polite = politeness("Hi Mara, thanks so much for the drafts! Could you perhaps send the final files when you have a moment? Sorry for the rush.", "en");
    const neutral = politeness("The files are attached. The meeting is on Tuesday.", "en");
    const rude = politeness("Why is this still not done? You said Friday. So send it now, this is actually ridiculous.", "en");
    expect(polite).toBeGreaterThan(0.5);
    expect(neutral).toBe(0);
    expect(rude).toBeLessThan(-0.5);
    expect(polite).toBeLessThanOrEqual(1);
    expect(rude).toBeGreaterThanOrEqual(-1);
  });

  it("reads German du and Sie alike", () => {
    expect(politeness("Hallo Jonas, vielen Dank! Könntest du mir bitte die Texte schicken?", "de")).toBeGreaterThan(0.5);
    expect(politeness("Sehr geehrter Herr Becker, würden Sie bitte die Rechnung anpassen? Danke.", "de")).toBeGreaterThan(0.5);
    expect(politeness("Warum ist das immer noch nicht fertig? Das ist eigentlich inakzeptabel.", "de")).toBeLessThan(-0.3);
  });

  it("is 0 for an empty text and applies both lists when the language is undetermined", () => {
    expect(politeness("", "en")).toBe(0);
    expect(politeness("Thanks! Danke!", "und")).toBeGreaterThan(0.5);
  });

  it("reads a sentence's first words as a strategy only in the first 60 sentences", () => {
    const plain = "The files are attached. ";
    expect(politeness(`${plain.repeat(59)}So send them.`, "en")).toBeLessThan(0);
    expect(politeness(`${plain.repeat(60)}So send them.`, "en")).toBe(0);
  });

  it("reads strategies only in the first 8 000 characters", () => {
    // 45 sentences of 204 characters: past 8 000 characters, within 60 sentences.
    const long = `${"The files for the spring campaign, the brochure, the flyers and the posters are all attached to this email as PDF and as the open InDesign packages, with the fonts and the linked images in their folders. ".repeat(45)}`;
    expect(long.length).toBeGreaterThan(8_000);
    expect(politeness(`Thanks for the drafts. ${long}`, "en")).toBeGreaterThan(0.5);
    expect(politeness(`${long}Thanks for the drafts.`, "en")).toBe(0);
  });
});
