import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Generous per-test time: the suite also runs on a busy 2-core machine (tests never assert on time).
  test: { environment: "node", include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"], testTimeout: 30_000 },
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
});
