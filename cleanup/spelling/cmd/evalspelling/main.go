// Command evalspelling scores the spelling pass on the labelled field set,
// dev and frozen parts separately, under each built-in style:
//
//	go run ./cleanup/spelling/cmd/evalspelling [-v]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/copydesk/copydesk/cleanup/spelling/fieldset"
)

func main() {
	dir := flag.String("set", "cleanup/spelling/testdata/fieldset", "field-set folder (dev/ and frozen/)")
	verbose := flag.Bool("v", false, "list every miss, wrong change and extra suggestion")
	flag.Parse()
	for _, part := range []string{"dev", "frozen"} {
		as, err := fieldset.ReadDir(filepath.Join(*dir, part))
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalspelling:", err)
			os.Exit(1)
		}
		scores, err := fieldset.Evaluate(as)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalspelling:", err)
			os.Exit(1)
		}
		for _, st := range fieldset.Styles {
			s := scores[st]
			fmt.Printf("%-6s %-7s %s\n", part, st, s)
			if *verbose {
				for _, p := range s.Problems {
					fmt.Println("       ", p)
				}
			}
		}
	}
}
