// Package tsv reads Copydesk's data tables: tab-separated rows, blank lines
// and lines starting with '#' skipped, and a header row that names the
// columns, so a newcomer can read and edit every table by hand.
package tsv

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Each checks that the table's header starts with the given column names
// and calls row for every data row, with its line number and fields. Rows
// with fewer fields than the header names are an error. Every error, also
// one returned by row, comes back as "name:line: …".
func Each(r io.Reader, name string, header []string, row func(line int, fields []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line, sawHeader := 0, false
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if !sawHeader {
			if len(fields) < len(header) || strings.Join(fields[:len(header)], "\t") != strings.Join(header, "\t") {
				return fmt.Errorf("%s:%d: header must start %s", name, line, strings.Join(header, ", "))
			}
			sawHeader = true
			continue
		}
		if len(fields) < len(header) {
			return fmt.Errorf("%s:%d: want %d tab-separated columns (%s), got %d", name, line, len(header), strings.Join(header, ", "), len(fields))
		}
		if err := row(line, fields); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if !sawHeader {
		return fmt.Errorf("%s: no header row", name)
	}
	return nil
}
