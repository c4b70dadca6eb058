// Small self-contained HTML pages (Dutch, with an English line) for people who open the app in a browser
// without being signed in, with a used link, or before the web app is built. No scripts, no external files.
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function page(title: string, paragraphs: string[], english: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${esc(title)} — Vrijrooster</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}code{background:#f3f3f3;padding:.1rem .3rem;border-radius:3px}
.en{color:#555;font-size:.9rem}</style>
</head><body><main><h1>${esc(title)}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
<p class="en" lang="en">${esc(english)}</p></main></body></html>`;
}

export const signInPage = () =>
  page(
    "Aanmelden bij Vrijrooster",
    [
      "U bent (nog) niet aangemeld in deze browser.",
      "Open de aanmeldlink die <code>npm start</code> toont (<code>Open Vrijrooster: http://…/login?code=…</code>), " +
        "of vraag een nieuwe link met <code>npx vrijrooster login-link</code>.",
    ],
    "You are not signed in. Open the sign-in link printed by npm start, or get a new one: npx vrijrooster login-link",
  );

export const EXPIRED_LINK_NL =
  "Deze aanmeldlink is verlopen of al gebruikt. " +
  "Start Vrijrooster opnieuw (npm start) of vraag een nieuwe link: npx vrijrooster login-link";

export const expiredLinkPage = () =>
  page(
    "Aanmeldlink ongeldig",
    [esc(EXPIRED_LINK_NL)],
    "This sign-in link has expired or was already used. Restart Vrijrooster (npm start) or get a new link: " +
      "npx vrijrooster login-link",
  );

export const notBuiltPage = () =>
  page(
    "De webapp is nog niet gebouwd",
    ["De webapp is nog niet gebouwd: <code>npm run build</code>", "De API en <code>/docs</code> werken wel."],
    "The web app has not been built yet: npm run build",
  );
