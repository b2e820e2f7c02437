/**
 * Precision and recall of the signal detector on the hand-labelled emails, per signal
 * and per language (issue: signals). Fails below precision 0.90 or recall 0.85 overall.
 * The table is printed; `npx tsx test/evaluation/evaluate-cli.ts all --mistakes` lists
 * the emails behind each miss.
 */
import { countBySignal, formatTable, isHeldOut, precision, recall, runEvaluation, total } from "./evaluateSignals";

const results = runEvaluation("all");

afterAll(() => {
  const heldOut = results.filter((result) => isHeldOut(result.email.file));
  const heldOutTotal = total(countBySignal(heldOut).values());
  console.info(
    `Signal detection on ${results.length} labelled emails (tp/fp/fn per email):\n\n${formatTable(results)}\n\n` +
      `Held-out half (${heldOut.length} emails nobody tuned rules on): precision ${precision(heldOutTotal).toFixed(2)}, recall ${recall(heldOutTotal).toFixed(2)}`,
  );
});

describe("signal detection on the labelled set", () => {
  const overall = total(countBySignal(results).values());

  it("covers both languages with at least 60 emails each", () => {
    expect(results.filter((result) => result.language === "en").length).toBeGreaterThanOrEqual(60);
    expect(results.filter((result) => result.language === "de").length).toBeGreaterThanOrEqual(60);
  });

  it("reaches precision 0.90 overall", () => {
    expect(precision(overall)).toBeGreaterThanOrEqual(0.9);
  });

  it("reaches recall 0.85 overall", () => {
    expect(recall(overall)).toBeGreaterThanOrEqual(0.85);
  });

  it.each(["en", "de"] as const)("stays quiet on at least 80%% of the neutral %s emails (hard negatives)", (language) => {
    const neutral = results.filter((result) => result.language === language && result.expected.size === 0);
    const quiet = neutral.filter((result) => result.found.size === 0);
    expect(quiet.length / neutral.length).toBeGreaterThanOrEqual(0.8);
  });

  it("reads the client's du or Sie and first name as the labels say", () => {
    const german = results.filter((result) => result.email.formality);
    const formalityRight = german.filter((result) => result.formality === result.email.formality).length / german.length;
    const named = results.filter((result) => result.email.client !== "-");
    const namesRight = named.filter((result) => result.clientFirstName === result.email.client).length / named.length;
    console.info(`du/Sie right in ${(formalityRight * 100).toFixed(0)}% of ${german.length} German emails; first name right in ${(namesRight * 100).toFixed(0)}% of ${named.length}`);
    expect(formalityRight).toBeGreaterThanOrEqual(0.9);
    expect(namesRight).toBeGreaterThanOrEqual(0.9);
  });
});
