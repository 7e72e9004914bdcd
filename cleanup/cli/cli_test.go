package cli

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup/export"
)

// run calls Run as main does and returns the exit code and both streams.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := Run(args, strings.NewReader(stdin), &out, &errs)
	return code, out.String(), errs.String()
}

// smallWindow streams a batch 3 articles or 4 KiB at a time, so tests see
// many windows on small inputs.
var smallWindow = windowLimits{articles: 3, bytes: 4 << 10}

// runIn is run with a given streaming window and stdout terminal or not.
func runIn(t *testing.T, w windowLimits, terminal bool, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := execute(args, env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errs, window: w, terminal: terminal})
	return code, out.String(), errs.String()
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"version", "--version"} {
		code, out, errs := run(t, "", arg)
		if code != 0 || !strings.HasPrefix(out, "copydesk "+Version) || errs != "" {
			t.Errorf("%s: code %d out %q err %q", arg, code, out, errs)
		}
	}
}

func TestHelp(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-h"}, "copydesk clean [flags] PATH..."},
		{[]string{"--help"}, "copydesk version"},
		{[]string{"help"}, "open the window"},
		{[]string{"help", "clean"}, "--accept-suggestions"},
		{[]string{"clean", "-h"}, "--glossary FILE"},
		{[]string{"clean", "a.txt", "--to", "md", "-h"}, "==> SOURCE <=="},
	}
	for _, tt := range tests {
		code, out, errs := run(t, "", tt.args...)
		if code != 0 || !strings.Contains(out, tt.want) || errs != "" {
			t.Errorf("%q: code %d, stderr %q, stdout lacks %q:\n%s", tt.args, code, errs, tt.want, out)
		}
	}
	if _, out, _ := run(t, "", "clean", "-h"); !strings.Contains(out, "reuters") {
		t.Errorf("clean -h does not list the styles:\n%s", out)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"help", "nope"}, "no help"},
		{[]string{"clean"}, "no input"},
		{[]string{"clean", "testdata/in", "--bogus"}, "-bogus"},
		{[]string{"clean", "--to", "pdf", "testdata/in"}, `unknown output format "pdf"`},
		{[]string{"clean", "--from", "pdf", "testdata/in"}, `unknown input format "pdf"`},
		{[]string{"clean", "--style", "nyt", "testdata/in"}, `"nyt"`},
		{[]string{"clean", "testdata/in", "-o"}, "-o"},
	}
	for _, tt := range tests {
		code, out, errs := run(t, "", tt.args...)
		if code != 2 || out != "" || !strings.Contains(errs, tt.want) || !strings.Contains(errs, "-h' for help") {
			t.Errorf("%q: code %d, stdout %q, stderr %q (want %q)", tt.args, code, out, errs, tt.want)
		}
	}
}

func TestMissingGlossary(t *testing.T) {
	code, out, errs := run(t, "", "clean", "--glossary", "testdata/missing.tsv", "testdata/in")
	if code != 2 || out != "" || !strings.HasPrefix(errs, "copydesk: ") || !strings.Contains(errs, "missing.tsv") {
		t.Errorf("code %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestCleanOneFileToStdout(t *testing.T) {
	code, out, errs := run(t, "", "clean", "testdata/in/grain.txt")
	const summary = "cleaned 1 article: 2 changes applied, 0 suggestions; --report FILE or --to jsonl for the change log\n"
	if code != 0 || errs != summary {
		t.Fatalf("code %d, stderr %q, want %q", code, errs, summary)
	}
	if !strings.Contains(out, "Turkish officials") || strings.Contains(out, "==>") || !strings.HasSuffix(out, ".\n") {
		t.Errorf("stdout %q", out)
	}
}

func TestCleanStdin(t *testing.T) {
	const in = `{"title": "Looks like JSON"}` + "\n"
	code, out, errs := run(t, in, "clean", "--from", "txt", "-")
	if code != 0 || !strings.HasPrefix(errs, "cleaned 1 article: 0 changes applied") || out != in {
		t.Errorf("--from txt: code %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, _ = run(t, `{"title": "T", "text": "Body from a JSON object."}`, "clean", "--to", "jsonl", "-")
	if code != 0 || !strings.Contains(out, `"text":"Body from a JSON object."`) {
		t.Errorf("json on stdin: code %d, stdout %q", code, out)
	}
}

// records decodes --to json output, checking the byte-offset contract.
func records(t *testing.T, out string) []export.Record {
	t.Helper()
	var rs []export.Record
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	for _, r := range rs {
		for _, c := range append(r.Changes, r.Suggestions...) {
			if r.Original[c.Start:c.End] != c.Original {
				t.Errorf("%s: change %d: original[%d:%d] != %q", r.Source, c.ID, c.Start, c.End, c.Original)
			}
		}
	}
	return rs
}

func TestFlagsBetweenPaths(t *testing.T) {
	code, out, errs := run(t, "", "clean", "testdata/in/grain.txt", "--to", "json", "testdata/in/sub", "--style=bbc")
	if code != 0 || errs != "" {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	rs := records(t, out)
	var sources []string
	for _, r := range rs {
		sources = append(sources, filepath.ToSlash(r.Source))
		if r.Meta["style"] != "bbc" {
			t.Errorf("%s: style %q", r.Source, r.Meta["style"])
		}
	}
	if !slices.Equal(sources, []string{"testdata/in/grain.txt", "testdata/in/sub/grain-again.txt"}) {
		t.Errorf("sources %q", sources)
	}
}

func TestBatchToStdout(t *testing.T) {
	tests := []struct {
		to    string
		count string // occurs once per article
	}{
		{"txt", "==> "},
		{"md", "\ntitle: "},
		{"html", "<article "},
		{"jsonl", `"source":`},
	}
	for _, tt := range tests {
		code, out, _ := run(t, "", "clean", "--to", tt.to, "testdata/in/grain.txt", "testdata/in/sub")
		if code != 0 || strings.Count(out, tt.count) != 2 {
			t.Errorf("--to %s: code %d, %d × %q in\n%s", tt.to, code, strings.Count(out, tt.count), tt.count, out)
		}
	}
}
