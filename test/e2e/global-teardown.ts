import type { Server } from "node:http";

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __clearLinesServer?: Server }).__clearLinesServer;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}
