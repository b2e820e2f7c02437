import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useStrings } from "./i18n/LocaleContext";
import { errorMessage } from "./errorMessage";
import type { InsertStatus } from "./useRepliesPanel";

export interface ReplyStatusProps {
  readonly status: InsertStatus;
  /** Inserted into a draft rather than opened as a reply. */
  readonly compose: boolean;
}

/** What happened to the reply: inserted, copied, or why not (the text always stays in the preview). */
export function ReplyStatus({ status, compose }: ReplyStatusProps) {
  const strings = useStrings();
  const bar = (intent: "success" | "warning" | "error", text: string) => (
    <MessageBar intent={intent} layout="multiline" role={intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
  switch (status.kind) {
    case "inserted":
      return bar("success", compose ? strings.insertedAtCursor : strings.inserted);
    case "copied":
      return bar("success", strings.copied);
    case "copy-failed":
      return bar("warning", strings.copyFailed);
    case "failed":
      return bar("error", strings.insertFailed(errorMessage(status.error, strings)));
    default:
      return null;
  }
}
