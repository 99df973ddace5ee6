import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { environment: "node", include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"] },
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
});
