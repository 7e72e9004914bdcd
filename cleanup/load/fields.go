package load

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/cleanup"
	"github.com/copydesk/copydesk/cleanup/extract"
)

// object is a decoded JSON object whose keys also answer in lower case.
type object struct {
	vals  map[string]json.RawMessage
	names []string // the keys as written, sorted, for error messages
}

var errNotObject = errors.New("not a JSON object")

// parseObject decodes one JSON object.
func parseObject(raw []byte) (object, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return object{}, fmt.Errorf("%w (it is a JSON %s)", errNotObject, te.Value)
		}
		return object{}, jsonError(err)
	}
	if m == nil {
		return object{}, fmt.Errorf("%w (it is null)", errNotObject)
	}
	o := object{vals: m, names: make([]string, 0, len(m))}
	for k := range m {
		o.names = append(o.names, k)
	}
	for _, k := range o.names {
		if lk := strings.ToLower(k); lk != k {
			if _, taken := m[lk]; !taken {
				m[lk] = m[k]
			}
		}
	}
	slices.Sort(o.names)
	return o, nil
}

// article maps a JSON object's fields onto an article (see assets/load/fields.tsv).
func (o object) article(source, format string) (*cleanup.Article, error) {
	a, err := o.body(source)
	if err != nil {
		return nil, err
	}
	a.Format = format
	if t := o.first("title", " "); t != "" {
		a.Title = t
	}
	a.URL = o.first("url", " ")
	setMeta(a, "date", o.first("date", " "))
	setMeta(a, "author", o.first("author", ", "))
	setMeta(a, "language", o.first("language", " "))
	return a, nil
}

// body builds the article from the longest plausible body field. A body
// that is HTML is rendered the way a page is, so it reads as text.
func (o object) body(source string) (*cleanup.Article, error) {
	var best *cleanup.Article
	bestLen := 0
	empty := ""
	for _, k := range fieldKeys["body"] {
		raw, ok := o.vals[k]
		if !ok {
			continue
		}
		s := textValue(raw, "\n\n", 0)
		if !plausibleBody(s) {
			empty = k
			continue
		}
		a := cleanup.NewArticle(source, s)
		if isHTMLBody(s) {
			page, err := extract.Page([]byte(s), source)
			if err != nil {
				continue
			}
			a = page
		}
		if n := utf8.RuneCountInString(a.Original()); n > bestLen {
			best, bestLen = a, n
		}
	}
	switch {
	case best != nil:
		return best, nil
	case empty != "":
		return nil, fmt.Errorf("no article text: field %q is empty", empty)
	}
	return nil, fmt.Errorf("no article text: fields are %s; want one of %s",
		strings.Join(o.names, ", "), strings.Join(fieldNames["body"], ", "))
}

// first returns the first non-empty value among a field's keys, with
// array items joined by sep.
func (o object) first(field, sep string) string {
	for _, k := range fieldKeys[field] {
		if raw, ok := o.vals[k]; ok {
			if s := strings.TrimSpace(textValue(raw, sep, 0)); s != "" {
				return s
			}
		}
	}
	return ""
}

// textValue reads a JSON value as text: a string or number as is, an
// object through its name/rendered/text/value member, an array as its
// items joined by sep.
func textValue(raw json.RawMessage, sep string, depth int) string {
	if len(raw) == 0 || depth > 3 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		json.Unmarshal(raw, &s)
		return s
	case '{':
		var m map[string]json.RawMessage
		json.Unmarshal(raw, &m)
		for _, k := range []string{"name", "rendered", "text", "value", "@value"} {
			if s := textValue(m[k], sep, depth+1); s != "" {
				return s
			}
		}
	case '[':
		var items []json.RawMessage
		json.Unmarshal(raw, &items)
		var parts []string
		for _, it := range items {
			if s := strings.TrimSpace(textValue(it, sep, depth+1)); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, sep)
	case 'n', 't', 'f':
		return "" // null and booleans say nothing
	default:
		return string(raw) // a number, such as a Unix time
	}
	return ""
}

// plausibleBody rejects empty text and a bare link.
func plausibleBody(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	return strings.ContainsAny(s, " \n\t") || !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://")
}

// isHTMLBody spots markup in a body field: paragraph, line-break or
// closing tags.
func isHTMLBody(s string) bool {
	for _, tag := range []string{"<p>", "<p ", "<br", "</p>", "</div>", "</a>", "</li>"} {
		if strings.Contains(s, tag) {
			return true
		}
	}
	return false
}
