import { useEffect, useRef, useState } from "react";
import { Badge, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { ClientRecord } from "../core";
import { useStore } from "./StoreContext";
import { useLocale, useStrings } from "./i18n/LocaleContext";
import { useCore } from "./useCore";
import { clientStoreFor } from "./clientStoreFor";
import { FlagForm } from "./FlagForm";
import { StatusMessage } from "./StatusMessage";
import { errorMessage } from "./errorMessage";
import { StoreProblem } from "./StoreProblem";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  client: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  note: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

export interface ClientsViewProps {
  readonly languageTag: string;
}

/** The flagged clients: edit or remove a flag, and move the list between devices as a file. */
export default function ClientsView({ languageTag }: ClientsViewProps) {
  const { core, error } = useCore();
  const strings = useStrings();
  if (error) return <StatusMessage intent="error" title={strings.failedTitle} body={errorMessage(error, strings)} />;
  if (!core) return <Spinner size="small" />;
  return <ClientsList core={core} languageTag={languageTag} />;
}

function ClientsList({ core, languageTag }: { core: NonNullable<ReturnType<typeof useCore>["core"]>; languageTag: string }) {
  const styles = useStyles();
  const strings = useStrings();
  const locale = useLocale();
  const text = strings.client;
  const clients = clientStoreFor(core, useStore());
  // list() builds a new array on every call, so it is re-read on the store's events only.
  const [snapshot, setSnapshot] = useState(() => clients.list());
  useEffect(() => clients.subscribe(() => setSnapshot(clients.list())), [clients]);
  const flagged = snapshot.filter((record) => record.flagged);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const status = clients.status();
  const kb = (bytes: number) => `${(bytes / 1024).toLocaleString(languageTag, { maximumFractionDigits: 1 })} KB`;

  const report = (result: Awaited<ReturnType<typeof clients.unflag>>) =>
    setMessage(result.ok ? null : { intent: "error", text: text.saveFailed(result.message[locale]) });

  function exportFile() {
    const blob = new Blob([core.exportClients(clients.list())], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = "clear-lines-clients.json";
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }

  async function importFile(file: File) {
    let content: string;
    try {
      content = await readFileText(file);
    } catch (error) {
      setMessage({ intent: "error", text: text.saveFailed(error instanceof Error ? error.message : String(error)) });
      return;
    }
    const result = core.importClients(content, clients.list());
    if (!result.ok) {
      setMessage({ intent: "error", text: result.message[locale] });
      return;
    }
    const saved = await clients.importRecords(result.records);
    setMessage(saved.ok ? { intent: "success", text: text.imported(result.added, result.updated) } : { intent: "error", text: text.saveFailed(saved.message[locale]) });
  }

  return (
    <section className={styles.view} aria-labelledby="clients-heading">
      <Subtitle2 as="h2" id="clients-heading">
        {text.manageHeading}
      </Subtitle2>
      <StoreProblem problem={status.problem} />
      {flagged.length === 0 ? (
        // A list from a newer add-in is not empty, only unreadable here: StoreProblem says so.
        !status.readOnly && <Caption1>{text.noneFlagged}</Caption1>
      ) : (
        <ul className={styles.list}>
          {flagged.map((record: ClientRecord) => {
            const advice = record.history.length > 0 ? core.adviseOnClient(record) : null;
            return (
              <li key={record.address} className={styles.client} aria-label={record.name || record.address}>
                <div className={styles.row}>
                  <Text weight="semibold">{record.name || record.address}</Text>
                  {advice && (
                    <Badge appearance="tint" color={advice.verdict === "part-ways" ? "danger" : advice.verdict === "watch" ? "warning" : "success"}>
                      {text.advice[advice.verdict]}
                    </Badge>
                  )}
                </div>
                <Caption1 className={styles.muted}>
                  {record.address} · {text.emailsAnalysed(record.history.length)}
                </Caption1>
                {record.reasons.length > 0 && (
                  <Caption1>
                    {text.reasonsLabel}: {record.reasons.map((signal) => strings.signalNames[signal]).join(", ")}
                  </Caption1>
                )}
                {record.note && <Caption1 className={styles.note}>{text.noteLabel}: {record.note}</Caption1>}
                {editing === record.address ? (
                  <FlagForm
                    title={text.formHeading(record.name || record.address)}
                    initialReasons={record.reasons}
                    initialNote={record.note}
                    noteLimit={core.CLIENT_LIMITS.note}
                    onSave={(reasons, note) => {
                      setEditing(null);
                      void clients.flag(record.address, record.name, reasons, note).then(report);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <div className={styles.row}>
                    <Button size="small" onClick={() => setEditing(record.address)}>
                      {text.editFlag}
                    </Button>
                    <Button size="small" onClick={() => void clients.unflag(record.address).then(report)}>
                      {text.unflag}
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className={styles.row}>
        <Button onClick={exportFile} disabled={snapshot.length === 0}>
          {text.export}
        </Button>
        {/* Focusable while disabled, so a screen reader still finds it next to the store's problem. */}
        <Button disabledFocusable={status.readOnly} onClick={() => fileInput.current?.click()}>
          {text.import}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={text.import}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void importFile(file);
          }}
        />
      </div>
      {message && (
        <MessageBar intent={message.intent} layout="multiline" role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {/* The size of a list from a newer add-in is not known here: "0 KB used" would be wrong. */}
      {!status.readOnly && <Caption1 className={styles.muted}>{text.budgetInfo(kb(status.size), kb(status.budget))}</Caption1>}
    </section>
  );
}

/** A chosen file's text (FileReader: also in webviews without Blob.text()). */
function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsText(file);
  });
}
