package cli

import (
	"errors"
	"flag"
	"slices"
	"testing"
)

func TestParseInterleaved(t *testing.T) {
	tests := []struct {
		args       []string
		paths      []string
		to, out    string
		glossaries []string
		accept     bool
	}{
		{args: []string{"a.html"}, paths: []string{"a.html"}, to: "txt"},
		{args: []string{"--to", "md", "a", "b"}, paths: []string{"a", "b"}, to: "md"},
		{args: []string{"a", "--to=json", "b", "-o", "out"}, paths: []string{"a", "b"}, to: "json", out: "out"},
		{args: []string{"a", "b", "--accept-suggestions"}, paths: []string{"a", "b"}, to: "txt", accept: true},
		{args: []string{"--glossary", "g1.tsv", "a", "-glossary=g2.tsv"}, paths: []string{"a"}, to: "txt", glossaries: []string{"g1.tsv", "g2.tsv"}},
		{args: []string{"-", "--to", "jsonl"}, paths: []string{"-"}, to: "jsonl"},
		{args: []string{"a", "--", "--to", "-o"}, paths: []string{"a", "--to", "-o"}, to: "txt"},
		{args: []string{"--to", "html", "--", "-x.txt"}, paths: []string{"-x.txt"}, to: "html"},
	}
	for _, tt := range tests {
		var o cleanOptions
		paths, err := parseInterleaved(cleanFlags(&o), tt.args)
		if err != nil {
			t.Errorf("%q: %v", tt.args, err)
			continue
		}
		if !slices.Equal(paths, tt.paths) || o.to != tt.to || o.out != tt.out ||
			!slices.Equal(o.glossaries, tt.glossaries) || o.acceptSuggestions != tt.accept {
			t.Errorf("%q: paths %q to %q out %q glossaries %q accept %v", tt.args, paths, o.to, o.out, o.glossaries, o.acceptSuggestions)
		}
	}
}

func TestParseInterleavedErrors(t *testing.T) {
	tests := []struct {
		args []string
		help bool
	}{
		{args: []string{"a", "--bogus"}},
		{args: []string{"a", "-o"}},
		{args: []string{"--accept-suggestions=maybe", "a"}},
		{args: []string{"a", "-h"}, help: true},
		{args: []string{"--help"}, help: true},
	}
	for _, tt := range tests {
		var o cleanOptions
		_, err := parseInterleaved(cleanFlags(&o), tt.args)
		if err == nil || errors.Is(err, flag.ErrHelp) != tt.help {
			t.Errorf("%q: err = %v", tt.args, err)
		}
	}
}

func TestSourceFile(t *testing.T) {
	tests := []struct{ in, want string }{
		{"in/feed.jsonl#3", "in/feed.jsonl"},
		{"in/page.html", "in/page.html"},
		{"in/c#/notes.txt", "in/c#/notes.txt"},
		{"in/odd#name.txt", "in/odd#name.txt"},
		{"in/trailing#", "in/trailing#"},
	}
	for _, tt := range tests {
		if got := sourceFile(tt.in); got != tt.want {
			t.Errorf("sourceFile(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
