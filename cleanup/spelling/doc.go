// Package spelling is the pass that brings spellings to the house style's
// dialect (American, British -ise, British -ize, Canadian, Australian) and
// to the style's own word choices (AP "percent", "toward"), and suggests
// one form where an article mixes two the style accepts.
//
// The word lists are data: assets/spelling/<dialect>.tsv, derived from
// VarCon by cmd/buildtable, and assets/spelling/house_<style>.tsv. The pass
// reads the text once with a word tokenizer and a map lookup per word. It
// leaves alone proper names (a word inside a capitalised multi-word name),
// URLs, e-mail addresses, hashtags, handles, code and non-English passages,
// and changes only the spelling, never the words, inside quotations.
package spelling
