package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dataTableMinRows: rows of two or more cells a table needs to read as a
// grid of data (a comparison, a schedule) rather than a page layout, which
// is one or two rows of a few wide cells.
const dataTableMinRows = 3

// tableData reports whether a block is part of a data table: a row whose
// cells are inline, or a paragraph inside a cell of a grid. A table in the
// story keeps every cell, linked names included.
func tableData(r *rendered, b block) bool {
	if tableRow(r, b) && !layoutColumn(r, b) {
		return true
	}
	for e := b.owner; e >= 0; e = r.elems[e].parent {
		switch r.elems[e].node.DataAtom {
		case atom.Td, atom.Th:
			return gridTable(enclosingTable(r.elems[e].node))
		case atom.Table, atom.Body:
			return false
		}
	}
	return false
}

func enclosingTable(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.DataAtom == atom.Table {
			return n
		}
	}
	return nil
}

// gridTable reports whether a table has dataTableMinRows rows of at least
// two cells.
func gridTable(t *html.Node) bool {
	if t == nil {
		return false
	}
	rows := 0
	var count func(n *html.Node)
	count = func(n *html.Node) {
		for c := n.FirstChild; c != nil && rows < dataTableMinRows; c = c.NextSibling {
			switch c.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				count(c)
			case atom.Tr:
				if cells(c) >= 2 {
					rows++
				}
			}
		}
	}
	count(t)
	return rows >= dataTableMinRows
}

func cells(tr *html.Node) int {
	n := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			n++
		}
	}
	return n
}

// layoutColumnMin: bytes of text from which a table cell is a column of
// the page (the story beside a navigation column in an old table layout)
// rather than one datum; a data cell's note runs to a few sentences.
const layoutColumnMin = 1000

// layoutColumn reports whether a block's owner is a table cell holding a
// whole story: its link lists (related stories, "E-mail this story") are
// the page's, not the table's linked data.
func layoutColumn(r *rendered, b block) bool {
	e := &r.elems[b.owner]
	return (e.node.DataAtom == atom.Td || e.node.DataAtom == atom.Th) && e.text >= layoutColumnMin
}
