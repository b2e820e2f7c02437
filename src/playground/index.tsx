import { createRoot } from "react-dom/client";
import { Playground } from "./Playground";
import { SAMPLE_EMAILS } from "./samples";

const container = document.getElementById("root");
if (!container) throw new Error("playground.html has no #root element");
createRoot(container).render(<Playground storage={window.localStorage} samples={SAMPLE_EMAILS} />);
