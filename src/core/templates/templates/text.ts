import type { TemplateText } from "../types";

/**
 * One reply text, written as its paragraphs so the data reads like the email it becomes.
 * @param subject the subject line (may hold placeholders)
 * @param paragraphs the body's paragraphs, greeting first and sign-off last; joined with a blank line
 * @returns the text in the shape the renderer takes
 */
export function reply(subject: string, paragraphs: readonly string[]): TemplateText {
  return { subject, body: paragraphs.join("\n\n") };
}
