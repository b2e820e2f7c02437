import { useMemo, useState } from "react";
import type { Finding, FieldId, Register, RenderedText, TemplateId, ThreadAnalysis, ThreadMessage, Variant } from "../core";
import { MailboxError, type Mailbox, type OpenItem } from "../office/mailbox";
import type { UserSettings } from "../core/storage/userSettings";
import { checkReplyHtml } from "../office/limits";
import type { Core } from "./loadCore";

export type InsertStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "busy" }
  | { readonly kind: "inserted" }
  | { readonly kind: "copied" }
  | { readonly kind: "copy-failed" }
  | { readonly kind: "failed"; readonly error: unknown };

export interface RepliesPanelInput {
  readonly core: Core;
  readonly mailbox: Mailbox;
  readonly item: OpenItem;
  /** The client's messages, newest first, and their analysis. */
  readonly messages: readonly ThreadMessage[];
  readonly analysis: ThreadAnalysis;
  /** Findings the user has not dismissed, per message. */
  readonly visibleFindings: readonly (readonly Finding[])[];
  readonly settings: UserSettings;
  /** The UI language, used when the email's language cannot be told. */
  readonly uiLanguage: "en" | "de";
  /** The user-facing name of a field in the UI language. */
  readonly fieldLabel: (field: FieldId) => string;
  /** A template the user asked for elsewhere (e.g. parting ways from the client advice). */
  readonly preferredTemplate?: TemplateId | null;
}

/**
 * The state of the replies panel: which template, in which tone and language, with
 * which values, the editable preview, and inserting it into Outlook. The preview
 * follows the template until the user edits it; from then on their text is kept until
 * they undo their edits.
 */
export function useRepliesPanel(input: RepliesPanelInput) {
  const { core, mailbox, item, messages, analysis, visibleFindings, settings, uiLanguage, fieldLabel } = input;
  const ranked = useMemo(
    () => core.rankTemplates(core.REPLY_TEMPLATES, visibleFindings[0] ?? [], analysis.summary.clientMessages.slice(1).flatMap((index) => visibleFindings[index] ?? [])),
    [core, visibleFindings, analysis],
  );
  const suggested = useMemo(() => core.suggestedTemplateIds(ranked), [core, ranked]);
  const [chosenId, setChosenId] = useState<TemplateId | null>(input.preferredTemplate ?? null);
  const templateId = chosenId ?? suggested[0] ?? null;
  const template = core.REPLY_TEMPLATES.find((entry) => entry.id === templateId) ?? null;

  const autoRegister = core.registerFor(messages[0]?.language ?? "und", analysis.summary.formality, uiLanguage);
  const [chosenRegister, setRegister] = useState<Register | null>(null);
  const register = chosenRegister ?? autoRegister;
  const [variant, setVariant] = useState<Variant>(settings.defaultVariant);
  const [inputs, setInputs] = useState<Partial<Record<FieldId, string>>>({});
  const [edited, setEdited] = useState<string | null>(null);
  const [replyAll, setReplyAll] = useState(false);
  const [colleagueIndex, setColleagueIndex] = useState(0);
  const [status, setStatus] = useState<InsertStatus>({ kind: "idle" });

  const rendered: RenderedText | null = useMemo(() => {
    if (!template) return null;
    const values = {
      ...core.settingsFieldValues(settings, register, colleagueIndex),
      ...core.emailFieldValues(messages.filter((_, index) => analysis.summary.clientMessages.includes(index)), item.subject, analysis.summary.clientFirstName),
      ...Object.fromEntries(Object.entries(inputs).filter(([, value]) => value.trim() !== "")),
    };
    return core.renderTemplate(template.texts[register][variant], values, fieldLabel, settings.signature);
  }, [core, template, register, variant, settings, colleagueIndex, messages, item.subject, analysis, inputs, fieldLabel]);

  const usedFields = useMemo(() => {
    const source = template ? `${template.texts[register][variant].subject}\n${template.texts[register][variant].body}` : "";
    return new Set([...source.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1] as FieldId));
  }, [template, register, variant]);
  const text = edited ?? rendered?.text ?? "";
  // A missing value still shown as "[label]" in the text blocks inserting; once the user
  // typed over it in the preview, it no longer does.
  const missing = (rendered?.missing ?? []).filter((field) => text.includes(`[${fieldLabel(field)}]`));
  const html = core.textToHtml(text);
  // The gateway refuses it too; saying so before the click spares the user a failed attempt.
  const tooLargeForReply = item.mode === "read" && checkReplyHtml(html) !== null;

  const resetOn = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setEdited(null);
    setStatus({ kind: "idle" });
  };

  async function insert(): Promise<void> {
    if (missing.length > 0 || text.trim() === "") return;
    setStatus({ kind: "busy" });
    try {
      if (item.mode === "read") {
        await mailbox.openReply(html, { replyAll });
      } else {
        const format = await mailbox.getComposeBodyType();
        await mailbox.insertAtCursor(format === "html" ? html : text, format);
      }
      setStatus({ kind: "inserted" });
    } catch (error) {
      setStatus({ kind: "failed", error: error instanceof MailboxError || error instanceof Error ? error : new Error(String(error)) });
    }
  }

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: "copied" });
    } catch {
      // The Office webview may refuse the clipboard: the user can still select and copy.
      setStatus({ kind: "copy-failed" });
    }
  }

  return {
    ranked,
    suggested,
    templateId,
    chooseTemplate: resetOn(setChosenId),
    register,
    setRegister: resetOn(setRegister),
    variant,
    setVariant: resetOn(setVariant),
    /** The fields to ask for, in form order: what only this reply can know, and whatever settings and the email lack. */
    askFor: core.FIELDS.map((field) => field.id).filter(
      (field) => (rendered?.missing ?? []).includes(field) || (usedFields.has(field) && core.fieldDefinition(field).source === "reply"),
    ),
    inputs,
    setInput: (field: FieldId, value: string) => {
      setInputs((current) => ({ ...current, [field]: value }));
      setEdited(null);
    },
    text,
    edited: edited !== null,
    editText: (value: string) => {
      setEdited(value);
      setStatus({ kind: "idle" });
    },
    resetText: () => setEdited(null),
    missing,
    tooLargeForReply,
    replyAll,
    setReplyAll,
    /** Which of the user's colleagues a capacity reply names, when the template names one. */
    colleagues: usedFields.has("colleagueName") ? settings.colleagues : [],
    colleagueIndex,
    setColleagueIndex: resetOn(setColleagueIndex),
    insert,
    copy,
    status,
  };
}
