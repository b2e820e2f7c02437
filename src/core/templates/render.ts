/**
 * Renders a reply template into plain text, and plain text into the HTML that goes
 * into Outlook. The HTML is always made from the text, so the two say the same, and an
 * edited preview is inserted exactly as the user left it. Every character of the text
 * is escaped on the way into HTML: a client's name or a setting can never inject markup.
 */
import { FIELD_IDS, type FieldId, type TemplateText } from "./types";

/** Values to fill in; `openTasks` is a list, everything else a string. Empty means missing. */
export type FieldValues = Partial<Record<FieldId, string | readonly string[]>>;

export interface RenderedText {
  readonly subject: string;
  /** The reply as plain text, with the signature. */
  readonly text: string;
  /** Required fields without a value: shown as "[label]" in the text until the user fills them in. */
  readonly missing: readonly FieldId[];
}

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/**
 * Fills a template.
 * @param template the subject and body in one register and variant
 * @param values what is known; optional stretches `[[…]]` with a missing value are dropped
 * @param label the user-facing name of a field, shown in brackets where a required value is missing
 * @param signature appended after a blank line when not empty
 */
export function renderTemplate(template: TemplateText, values: FieldValues, label: (field: FieldId) => string, signature = ""): RenderedText {
  const missing = new Set<FieldId>();
  const fill = (source: string): string => {
    // Optional stretches first: kept (without brackets) only when all their fields have values.
    const withoutOptional = source.replace(/\[\[([\s\S]*?)\]\]/g, (_, inner: string) =>
      [...inner.matchAll(PLACEHOLDER)].every((match) => hasValue(values, match[1] ?? "")) ? inner : "",
    );
    return withoutOptional
      .split("\n")
      .map((line) => {
        // A line that is only the task list becomes one "- task" line per task.
        const listLine = /^\s*\{openTasks\}\s*$/.exec(line);
        if (listLine) {
          const tasks = listValue(values.openTasks);
          if (tasks.length === 0) {
            missing.add("openTasks");
            return `- [${label("openTasks")}]`;
          }
          return tasks.map((task) => `- ${task}`).join("\n");
        }
        return line.replace(PLACEHOLDER, (whole, name: string) => {
          if (!isFieldId(name)) return whole;
          if (!hasValue(values, name)) {
            missing.add(name);
            return `[${label(name)}]`;
          }
          const value = values[name];
          return typeof value === "string" ? value.trim() : listValue(value).join(", ");
        });
      })
      .join("\n");
  };
  const body = tidy(fill(template.body));
  const subject = tidy(fill(template.subject)).replace(/\n+/g, " ");
  const text = signature.trim() ? `${body}\n\n${signature.trim()}` : body;
  return { subject, text, missing: FIELD_IDS.filter((field) => missing.has(field)) };
}

/**
 * Plain text to the HTML Outlook inserts: paragraphs at blank lines, line breaks kept,
 * "- " lines as a bulleted list, every character escaped.
 */
export function textToHtml(text: string): string {
  const paragraphs = text.replace(/\r\n?/g, "\n").split(/\n{2,}/);
  return paragraphs
    .map((paragraph) => paragraph.split("\n"))
    .filter((lines) => lines.some((line) => line.trim() !== ""))
    .map((lines) => {
      const blocks: string[] = [];
      let list: string[] = [];
      let prose: string[] = [];
      const flushProse = () => {
        if (prose.length > 0) blocks.push(`<p>${prose.map(escapeHtml).join("<br>")}</p>`);
        prose = [];
      };
      const flushList = () => {
        if (list.length > 0) blocks.push(`<ul>${list.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`);
        list = [];
      };
      for (const line of lines) {
        const item = /^\s*[-•*]\s+(.*)$/.exec(line);
        if (item) {
          flushProse();
          list.push(item[1] ?? "");
        } else {
          flushList();
          prose.push(line);
        }
      }
      flushProse();
      flushList();
      return blocks.join("");
    })
    .join("");
}

/** Escapes the five characters that carry meaning in HTML text and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);
}

function hasValue(values: FieldValues, name: string): boolean {
  if (!isFieldId(name)) return false;
  const value = values[name];
  return typeof value === "string" ? value.trim() !== "" : listValue(value).length > 0;
}

function listValue(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const items = typeof value === "string" ? value.split("\n") : value;
  return items.map((item) => item.trim()).filter(Boolean);
}

function isFieldId(name: string): name is FieldId {
  return (FIELD_IDS as readonly string[]).includes(name);
}

/** Cleans up after dropped optional stretches: doubled spaces, space before punctuation, surplus blank lines. */
function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t]{2,}/g, " ").replace(/ +([,.;:!?)])/g, "$1").replace(/\( +/g, "(").replace(/\(\)/g, "").trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
