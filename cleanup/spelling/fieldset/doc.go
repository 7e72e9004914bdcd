// Package fieldset reads the spelling pass's labelled field set
// (cleanup/spelling/testdata/fieldset) and scores the pass on it.
//
// An article is plain text with labels:
//
//	{neighbour|ap=neighbor}            must become "neighbor" under AP, stay elsewhere
//	{program|bbc=programme?}           must be suggested (not applied) under BBC
//	<<Ministry of Defence>>            a trap: must stay under every style
//
// Everything outside a label must stay as it is. A first line
// "#! styles: ap" limits the article to the styles named (a clean American
// article says nothing about British styles).
package fieldset
