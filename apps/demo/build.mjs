// Builds the demo: the server (Node) and the page's script (browser), both with esbuild.
import { cpSync, mkdirSync } from "node:fs";
import { build } from "esbuild";

await build({
  entryPoints: ["src/server/main.ts"],
  outdir: "dist/server",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
});
await build({
  entryPoints: ["src/web/app.ts", "src/web/webhooks.ts"],
  outdir: "dist/web",
  bundle: true,
  platform: "browser",
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: true,
  charset: "utf8",
});
mkdirSync("dist/web", { recursive: true });
cpSync("src/web/index.html", "dist/web/index.html");
cpSync("src/web/style.css", "dist/web/style.css");
cpSync("src/web/webhooks.html", "dist/web/webhooks.html");
cpSync("src/web/favicon.svg", "dist/web/favicon.svg");
console.log("demo: built dist/server and dist/web");
