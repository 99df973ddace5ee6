// The baseline: the same pages' HTML served from disk by a minimal Node server, to compare the app against.
// Usage: node bench/static-server.mjs DIR PORT   (DIR holds <name>.html files; GET /<name> serves one)
import { createServer } from "node:http";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const [dir, port] = process.argv.slice(2);
const pages = new Map(readdirSync(dir).map((f) => [`/${path.basename(f, ".html")}`, readFileSync(path.join(dir, f))]));
createServer((req, res) => {
  const body = pages.get(req.url ?? "");
  if (!body) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length }).end(body);
}).listen(Number(port), "127.0.0.1", () => console.log(`static baseline on ${port}`));
