import { politenessScore } from "./politeness";

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
});
