package load

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/assets"
	"github.com/copydesk/copydesk/cleanup/tsv"
)

// magic is one binary file signature from assets/load/signatures.tsv.
type magic struct {
	offset int
	bytes  []byte
	kind   string
}

var (
	signatures = mustTable("signatures.tsv", []string{"offset", "hex", "looks_like"}, parseMagic)
	fieldRows  = mustTable("fields.tsv", []string{"field", "json_key"}, func(c []string) ([2]string, error) {
		return [2]string{c[0], c[1]}, nil
	})
	projectStems = mustTable("project-files.tsv", []string{"stem"}, func(c []string) (string, error) {
		return strings.ToUpper(c[0]), nil
	})
	fieldNames = fieldTable(fieldRows, strings.Clone)   // as written, for messages
	fieldKeys  = fieldTable(fieldRows, strings.ToLower) // for matching
)

func parseMagic(c []string) (magic, error) {
	off, err := strconv.Atoi(c[0])
	if err != nil {
		return magic{}, err
	}
	b, err := hex.DecodeString(c[1])
	return magic{off, b, c[2]}, err
}

// fieldTable groups JSON keys by the article field they fill, in file order.
func fieldTable(rows [][2]string, key func(string) string) map[string][]string {
	m := map[string][]string{}
	for _, r := range rows {
		m[r[0]] = append(m[r[0]], key(r[1]))
	}
	return m
}

// mustTable parses an embedded TSV; the data ships inside the binary, so a
// malformed row is a build mistake the package tests catch.
func mustTable[T any](name string, header []string, row func([]string) (T, error)) []T {
	b, err := assets.FS.ReadFile("load/" + name)
	if err != nil {
		panic(err)
	}
	var out []T
	err = tsv.Each(bytes.NewReader(b), "assets/load/"+name, header, func(_ int, c []string) error {
		if len(c) != len(header) {
			return fmt.Errorf("want %d columns, have %d", len(header), len(c))
		}
		v, err := row(c)
		out = append(out, v)
		return err
	})
	if err != nil {
		panic(err)
	}
	return out
}
