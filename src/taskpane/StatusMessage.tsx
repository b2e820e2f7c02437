import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useStrings } from "./i18n/LocaleContext";

export interface StatusMessageProps {
  readonly intent: "info" | "warning" | "error";
  readonly title: string;
  readonly body: string;
  /** Offers "Try again" when set. */
  readonly onRetry?: () => void;
}

/** An empty or failed state: what happened, what to do, and a way to try again. */
export function StatusMessage({ intent, title, body, onRetry }: StatusMessageProps) {
  const strings = useStrings();
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{strings.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
