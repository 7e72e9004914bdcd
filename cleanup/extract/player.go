package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var reasonPlayer = reason{"player", "video or audio player controls (Play, Mute, Current Time 0:00)"}

// playerLineMax: bytes of the longest line a player's chrome shows ("Remaining
// Time -0:00", "Playback Rate"); a paragraph beside the <audio> of a
// podcast page is its show notes.
const playerLineMax = 30

// markPlayers drops media players' chrome: an element holding a <video>
// or <audio> itself whose lines, besides those already going (hidden
// dialogs, menus), are all short. A player draws its buttons and time
// displays as text in divs around the media element; an element that also
// holds a paragraph is the article embedding a clip, and stays. It runs
// after the other marks, since the player's own hidden dialogs and menus
// must not count as text.
func markPlayers(r *rendered, s *signals, first []int32) {
	for i := range r.elems {
		e := &r.elems[i]
		if s.dropAt[i] >= 0 || first[i] < 0 || !holdsPlayer(e.node) {
			continue
		}
		shown := 0
		for j := first[i]; j < first[i]+int32(e.blocks); j++ {
			b := r.blocks[j]
			if b.owner >= 0 && s.dropAt[b.owner] >= 0 {
				continue
			}
			if b.end-b.start > playerLineMax {
				shown = -1
				break
			}
			shown++
		}
		if shown <= 0 {
			continue
		}
		s.dropAt[i], s.why[i] = int32(i), &reasonPlayer
		for k := i + 1; k < len(r.elems) && within(r, int32(k), int32(i)); k++ {
			if s.dropAt[k] < 0 {
				s.dropAt[k] = int32(i)
			}
		}
	}
}

// holdsPlayer reports whether a <video> or <audio> is a child of n.
func holdsPlayer(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Video || c.DataAtom == atom.Audio) {
			return true
		}
	}
	return false
}
