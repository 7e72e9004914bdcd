package load

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
)

// formatNames maps extensions and --from spellings to the five formats.
var formatNames = map[string]string{
	"txt": "txt", "text": "txt",
	"md": "md", "markdown": "md",
	"html": "html", "htm": "html", "xhtml": "html",
	"json":  "json",
	"jsonl": "jsonl", "ndjson": "jsonl", "jsonlines": "jsonl",
}

// canonicalFormat returns the format a --from value names, or "".
func canonicalFormat(name string) string {
	return formatNames[strings.ToLower(strings.TrimPrefix(name, "."))]
}

// formatOf returns the format a file name implies, looking through a .gz
// suffix, or "" for names that only content sniffing can place.
func formatOf(name string) string {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".gz" {
		ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(name, filepath.Ext(name))))
	}
	return canonicalFormat(ext)
}

// sniff guesses the format of UTF-8 content from its first bytes: JSON
// starts with { or [ (JSON Lines when the first line is a whole object and
// more follows), HTML with a tag, Markdown with a heading or front matter;
// everything else is text.
func sniff(head []byte) string {
	t := bytes.TrimLeft(head, " \t\r\n")
	switch {
	case len(t) == 0:
		return "txt"
	case t[0] == '{':
		if isJSONLines(t) {
			return "jsonl"
		}
		return "json"
	case t[0] == '[':
		return "json"
	case t[0] == '<' && looksLikeHTML(t):
		return "html"
	case t[0] == '#' || bytes.HasPrefix(t, []byte("---\n")):
		return "md"
	}
	return "txt"
}

// isJSONLines reports whether t starts with a complete one-line JSON value
// followed by another line.
func isJSONLines(t []byte) bool {
	nl := bytes.IndexByte(t, '\n')
	if nl < 0 {
		return false
	}
	rest := bytes.TrimLeft(t[nl+1:], " \t\r\n")
	return len(rest) > 0 && json.Valid(t[:nl])
}

// looksLikeHTML accepts a doctype, comment, XML declaration or a known
// top-of-page element; "<3 words" or "<name@example.org>" stay text.
func looksLikeHTML(t []byte) bool {
	n := min(len(t), 64)
	lower := strings.ToLower(string(t[:n]))
	for _, p := range []string{"<!doctype", "<!--", "<?xml", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ", "<h1", "<main", "<section", "<table", "<script", "<link", "<style"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}
