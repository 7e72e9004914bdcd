package debris

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbg(t *testing.T) {
	c := shippedClassifier(t)
	for _, f := range strings.Fields(os.Getenv("DBG")) {
		b, _ := os.ReadFile(f)
		fmt.Println("==", f)
		for _, e := range c.Examples(string(b)) {
			x := e.Features
			zone := "mid"
			if x[fHead] == 1 {
				zone = "head"
			} else if x[fTail] == 1 {
				zone = "tail"
			}
			fmt.Printf("%.3f %-9s %-4s ev=%v stopB=%.2f oL=%v oS=%v first=%v %q\n", c.Prob(e), c.Decide(e), zone, hasEvidence(&x), x[fStopBody], x[fOtherLanguage], x[fOtherScript], x[fFirstLine], e.Text)
		}
	}
}

func TestDbgBody(t *testing.T) {
	c := shippedClassifier(t)
	for _, f := range strings.Fields(os.Getenv("DBG")) {
		b, _ := os.ReadFile(f)
		var s scratch
		lines, removals, z := c.lex.judgeLines(string(b), &s)
		present := presentLines(removals)
		bi := c.measureBody(lines, z, func(i int) bool { return present[i] }, &s)
		fmt.Println(f, bi.plain, bi.marked, bi.lang, bi.script, bi.z.first, bi.z.last)
		for _, l := range lines {
			m, n := accented(l.text)
			fmt.Println("   ", m, n, prose(l), l.text[:min(40, len(l.text))])
		}
	}
}
