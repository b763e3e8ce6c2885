// Package html writes the roadmap page for stakeholders: one self-contained
// HTML file that opens in any browser, with no server, no account and no
// request to the network.
//
// The page is made with html/template, so every text of the workspace is
// text, never markup; links keep only the http, https and mailto schemes.
// Its one style sheet (light and dark, and print) and its one script (sort,
// filter, search and pages of the tables, no framework) are inline, and a
// Content-Security-Policy meta allows them by their sha256 hashes and
// nothing else: no style attribute, no other script, no request. The
// roadmap timeline is inline SVG drawn from the geometry of app/timeline
// (plan → frame → view), as the window, the PNG and the PDF brief draw it.
//
// Two audiences: external (the default) leaves out the backlog and every
// person's name (owners and assignees); internal adds them. The same
// workspace, options and date give the same bytes.
//
// It imports the domain (canopy/app and canopy/app/timeline) and no Fyne.
package html
