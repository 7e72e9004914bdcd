package extract

import "golang.org/x/net/html/atom"

// Reasons for a removal that come from the page's structure rather than
// its vocabulary.
var (
	reasonTitle    = reason{"title", "page heading that is not this article's headline (the title comes from the page's metadata)"}
	reasonAbove    = reason{"edge", "line above the headline"}
	reasonOutside  = reason{"boilerplate", "outside the article body"}
	reasonLinks    = reason{"links", "list of links"}
	reasonSite     = reason{"site", "site rule"}
	reasonHidden   = reason{"hidden", "hidden element"}
	reasonEdge     = reason{"edge", "short line before or after the article text"}
	reasonBareURL  = reason{"url", "bare web address (the page's own link, share or print URL)"}
	semanticReason = map[atom.Atom]reason{
		atom.Nav:    {"navigation", "navigation menu"},
		atom.Footer: {"footer", "footer"},
		atom.Aside:  {"sidebar", "sidebar"},
		atom.Header: {"header", "page header"},
		atom.Form:   {"form", "form"},
		atom.Dialog: {"popup", "pop-up"},
		// a caption describes a picture, not the story; <figure> itself
		// also wraps quotes and tables
		atom.Figcaption: {"caption", "photo caption or credit"},
	}
	roleReason = map[string]reason{
		"navigation":    {"navigation", "navigation menu"},
		"banner":        {"header", "page header"},
		"contentinfo":   {"footer", "footer"},
		"complementary": {"sidebar", "sidebar"},
		"search":        {"form", "search form"},
		"dialog":        {"popup", "pop-up"},
		"alertdialog":   {"popup", "pop-up"},
	}
)
