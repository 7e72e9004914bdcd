package extract

import "golang.org/x/net/html/atom"

// siblingKind groups an element with its look-alike siblings: same parent,
// tag and class.
type siblingKind struct {
	parent int32
	tag    atom.Atom
	class  string
}

// siblingGroups numbers the groups of look-alike siblings with text:
// group[i] is element i's group (-1: no text or no parent), size[g] how
// many elements group g holds. Teaser rails and comment threads are both
// runs of such siblings.
type siblingGroups struct {
	group []int32
	size  []int32
}

func groupSiblings(r *rendered) siblingGroups {
	g := siblingGroups{group: make([]int32, len(r.elems))}
	ids := make(map[siblingKind]int32, len(r.elems)/4)
	for i := range r.elems {
		e := &r.elems[i]
		g.group[i] = -1
		if e.parent < 0 || e.text == 0 {
			continue
		}
		k := siblingKind{e.parent, e.node.DataAtom, attr(e.node, "class")}
		id, ok := ids[k]
		if !ok {
			id = int32(len(g.size))
			ids[k] = id
			g.size = append(g.size, 0)
		}
		g.group[i] = id
		g.size[id]++
	}
	return g
}

// run reports whether shaped members make a run in their group: at least
// minRun of them, and two thirds of the group.
func (g siblingGroups) run(shaped int32, group int32, minRun int32) bool {
	return shaped >= minRun && 3*shaped >= 2*g.size[group]
}
