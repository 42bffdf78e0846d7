/**
 * @module
 * The site's whole stylesheet, inlined in every page so the first round trip can paint.
 * - System Arabic faces first, so nothing blocks on a web-font download.
 * - Logical properties only (`margin-inline-start`, `inset-inline-start`), so the same rules hold
 *   for right-to-left pages and any left-to-right run inside them.
 * - No letter-spacing anywhere: it breaks the joining of Arabic letters.
 * - Line height 1.8 and a measure of about 38em (roughly 70 Arabic characters) for long reading.
 * - One column up to 1024 px; from there the page is as wide as news sites are (68rem), with the
 *   reading column held to 70ch and the side rail beside it (the grid is in the first paint, so
 *   nothing moves afterwards).
 * - The breadcrumb chevron ‹ points left, the reading direction (checked in Chromium, which
 *   draws it unmirrored in right-to-left text).
 */
export const SITE_CSS = `
:root{color-scheme:light dark;--ink:#1b1b1b;--muted:#595959;--paper:#fdfcfa;--line:#e3ded6;--accent:#8a1c1c;--chip:#f4efe8}
@media (prefers-color-scheme:dark){:root{--ink:#ecebe8;--muted:#b3b0aa;--paper:#161514;--line:#3a3835;--accent:#f3998f;--chip:#24211f}}
*,::before,::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:1.125rem/1.8 "Noto Naskh Arabic","Noto Sans Arabic","Geeza Pro","Segoe UI","Tahoma","Arial",sans-serif;overflow-wrap:anywhere}
a{color:var(--accent);text-underline-offset:.2em}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:2px}
.skip{position:absolute;inset-inline-start:-100vw;inset-block-start:0}
.skip:focus{inset-inline-start:1rem;inset-block-start:1rem;z-index:1;background:var(--paper);padding:.5rem 1rem}
.site-header,.site-footer,.page-body{max-inline-size:40rem;margin-inline:auto;padding-inline:1rem}
.site-header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;border-block-end:1px solid var(--line);padding-block:.75rem}
.masthead{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:1rem;flex:1 1 100%;min-inline-size:0}
.site-name{font-weight:700;font-size:1.5rem;text-decoration:none;color:var(--ink)}
.sections{flex:1 1 100%;min-inline-size:0;overflow-x:auto;scrollbar-width:thin}
.sections ul{display:flex;gap:1.25rem;list-style:none;margin:0;padding:0 0 .25rem;white-space:nowrap}
.sections a{color:var(--ink);font-weight:600;text-decoration:none}
.sections a[aria-current=page]{color:var(--accent);text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.45em}
.site-footer{border-block-start:1px solid var(--line);margin-block-start:3rem;padding-block:1rem;color:var(--muted);font-size:.95rem}
.footer-links{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:.5rem 0 0;padding:0}
.byline{font-weight:600;margin-block:0 .25rem}
.breadcrumbs ol{display:flex;flex-wrap:wrap;list-style:none;margin:1rem 0 0;padding:0;font-size:.95rem;color:var(--muted)}
.breadcrumbs li+li::before{content:"‹";margin-inline:.5rem}
h1{font-size:clamp(1.6rem,5vw,2.2rem);line-height:1.45;margin-block:1rem .5rem}
h2{font-size:1.35rem;line-height:1.5;margin-block:2rem .5rem}
h3{font-size:1.15rem;line-height:1.5;margin:0}
p{margin-block:0 1rem}
.meta{color:var(--muted);font-size:.95rem;margin-block-end:.5rem}
.article-body{max-inline-size:38em}
.article-body ul,.article-body ol{padding-inline-start:1.5rem}
.article-body li{margin-block-end:.5rem}
.source{font-weight:700;margin-block-start:2rem}
.tags{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0}
.tags a{display:inline-block;background:var(--chip);border:1px solid var(--line);border-radius:1rem;padding:0 .75rem;text-decoration:none}
.cards{list-style:none;padding:0}
.cards>li{border-block-end:1px solid var(--line);padding-block:.75rem}
.cards h2{font-size:1.25rem;margin:0}
.cards p{margin:.25rem 0 0}
.pager{display:flex;justify-content:space-between;margin-block:1.5rem}
.rail{border-block-start:1px solid var(--line);margin-block-start:2rem}
.rail ul{list-style:none;margin:0;padding:0}
.rail li{border-block-end:1px solid var(--line);padding-block:.5rem;line-height:1.6}
.rail li .meta{display:block;margin:0;font-size:.85rem}
.rail h2{font-size:1.15rem;margin-block:1.5rem .25rem}
.profile{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.profile .portrait{flex:none;inline-size:8rem}
.profile .portrait img{border-radius:50%;aspect-ratio:1;object-fit:cover}
.profile>div{flex:1 1 14rem;min-inline-size:0}
.role{color:var(--muted);font-weight:600;margin-block-end:.5rem}
@media (min-width:1024px){
.site-header,.site-footer,.page-body{max-inline-size:68rem;padding-inline:2rem}
.page-body{display:grid;grid-template-columns:minmax(0,70ch) minmax(15rem,1fr);gap:3rem;align-items:start}
.rail{border-block-start:0;border-inline-start:1px solid var(--line);padding-inline-start:2rem;margin-block-start:1rem}
.rail h2:first-child{margin-block-start:0}
.masthead .site-search{flex:0 1 26rem}
}
.visually-hidden{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.site-search,.search-form{display:flex;flex-wrap:wrap;gap:.5rem;flex:1 1 100%;min-inline-size:0}
.site-search input,.search-form input{flex:1 1 0;inline-size:0;min-inline-size:0;font:inherit;font-size:1rem;padding:.4rem .6rem;border:1px solid var(--muted);border-radius:.4rem;background:var(--paper);color:var(--ink)}
.site-search button,.search-form button{flex:none;font:inherit;font-size:1rem;padding:.4rem .9rem;border:1px solid var(--accent);border-radius:.4rem;background:var(--accent);color:var(--paper);cursor:pointer}
.search-form label{flex-basis:100%}
mark{background:#fde68a;color:#1b1b1b;border-radius:.15em}
@media print{
.skip,.site-header nav,.site-search,.site-footer,.pager,.breadcrumbs,.rail{display:none}
body{background:#fff;color:#000;font-size:12pt}
.page-body{max-inline-size:none;display:block}
a{color:#000;text-decoration:none}
.article-body a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}
h1,h2,h3{break-after:avoid}
li,p{break-inside:avoid}
}
figure.hero{margin:1rem 0}
picture img{display:block;max-inline-size:100%;block-size:auto}
figcaption{color:var(--muted);font-size:.95rem;margin-block-start:.35rem}
figcaption .credit{font-size:.85rem}
.thumb{float:inline-end;inline-size:6rem;margin-inline-start:.75rem;margin-block-end:.5rem}
`
