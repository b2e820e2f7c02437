import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ClientStoreProblem } from "../core/clients/clientStore";
import { useLocale } from "./i18n/LocaleContext";

/**
 * What is wrong with the stored clients (saved by a newer add-in, or partly unreadable
 * and backed up), above the client card and the client list alike; nothing when all is well.
 */
export function StoreProblem({ problem }: { readonly problem: ClientStoreProblem | null }) {
  const locale = useLocale();
  if (!problem) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{problem.message[locale]}</MessageBarBody>
    </MessageBar>
  );
}
