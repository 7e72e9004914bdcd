package extract

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// subListItem reports whether block i is an item of a list nested under a
// plain item that announces it ("In progress:", "Fixed this week:"): the
// items are the story's own list, however linked (a changelog's bug
// links), not a box of links.
func subListItem(r *rendered, i int) bool {
	e := &r.elems[r.blocks[i].owner]
	if e.node.DataAtom != atom.Li || e.parent < 0 {
		return false
	}
	list := &r.elems[e.parent]
	if !isList(list.node.DataAtom) || list.parent < 0 {
		return false
	}
	outer := list.parent
	if r.elems[outer].node.DataAtom != atom.Li {
		return false
	}
	for j := i - 1; j >= 0 && within(r, r.blocks[j].owner, outer); j-- {
		if lead := r.blocks[j]; lead.owner == outer {
			return lead.link == 0 && strings.HasSuffix(r.text[lead.start:lead.end], ":")
		}
	}
	return false
}

func isList(a atom.Atom) bool {
	return a == atom.Ul || a == atom.Ol
}

// storyListItem reports whether block b is an item of a list that also
// holds the story paragraph p: past the last paragraph, the rest of that
// list is still the story's list, links and all.
func storyListItem(r *rendered, b, p block) bool {
	if b.owner < 0 || p.owner < 0 || r.elems[b.owner].node.DataAtom != atom.Li {
		return false
	}
	list := r.elems[b.owner].parent
	return list >= 0 && isList(r.elems[list].node.DataAtom) && within(r, p.owner, list)
}
