/**
 * @module
 * The site's whole stylesheet, inlined in every page so the first round trip can paint.
 * System Arabic faces first (no web-font download), logical properties only (so the same rules
 * hold for RTL and any LTR run), and no letter-spacing, which breaks Arabic joining.
 */
export const SITE_CSS = `
:root{color-scheme:light dark;--ink:#1b1b1b;--muted:#5a5a5a;--paper:#fdfcfa;--line:#e3ded6;--accent:#8a1c1c}
@media (prefers-color-scheme:dark){:root{--ink:#ecebe8;--muted:#b3b0aa;--paper:#161514;--line:#3a3835;--accent:#f08a7e}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:1.125rem/1.8 "Noto Naskh Arabic","Noto Sans Arabic","Geeza Pro","Segoe UI","Tahoma","Arial",sans-serif;overflow-wrap:break-word}
a{color:var(--accent)}
a:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;inset-inline-start:-100vw}
.skip:focus{inset-inline-start:1rem;inset-block-start:1rem;background:var(--paper);padding:.5rem 1rem}
.site-header,.site-footer,main{max-inline-size:42rem;margin-inline:auto;padding-inline:1rem}
.site-header{border-block-end:1px solid var(--line);padding-block:.75rem}
.site-header a{font-weight:700;font-size:1.5rem;text-decoration:none;color:var(--ink)}
.site-footer{border-block-start:1px solid var(--line);margin-block-start:3rem;padding-block:1rem;color:var(--muted);font-size:.95rem}
h1{font-size:clamp(1.6rem,5vw,2.2rem);line-height:1.4;margin-block:1.5rem .5rem}
h2{font-size:1.35rem;line-height:1.5;margin-block:2rem .5rem}
.meta{color:var(--muted);font-size:.95rem;margin:0}
.article-body ul,.article-body ol{padding-inline-start:1.5rem}
.article-body li{margin-block-end:.5rem}
.source{font-weight:700;margin-block-start:2rem}
.tags{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0}
.tags a{display:inline-block;border:1px solid var(--line);border-radius:1rem;padding:0 .75rem;text-decoration:none}
.cards{list-style:none;padding:0}
.cards li{border-block-end:1px solid var(--line);padding-block:.75rem}
.cards h2,.cards h3{font-size:1.2rem;margin:0}
.cards p{margin:.25rem 0 0}
.related li{margin-block-end:.35rem}
.pager{display:flex;justify-content:space-between;margin-block:1.5rem}
@media print{.site-header nav,.skip,.pager{display:none}body{background:#fff;color:#000}a{color:#000}}
`
