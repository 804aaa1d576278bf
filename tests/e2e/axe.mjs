// Runs axe-core (pinned in package.json) inside the real window and returns
// its violations, so a test can refuse the serious ones.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The violations axe finds in the window as it is now, of `impacts`. */
export async function axeViolations(browser, impacts = ["serious", "critical"]) {
  await browser.execute(source);
  const result = await browser.executeAsync((done) => {
    window.axe
      .run(document, { resultTypes: ["violations"] })
      .then((r) => done(JSON.stringify(r.violations)))
      .catch((e) => done(JSON.stringify({ error: String(e) })));
  });
  const violations = JSON.parse(result);
  if (!Array.isArray(violations)) throw new Error(`axe failed: ${violations.error}`);
  return violations
    .filter((v) => impacts.includes(v.impact))
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}
