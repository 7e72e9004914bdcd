package load

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/copydesk/copydesk/cleanup"
)

// json loads a JSON document: one article object, an array of them, or an
// object holding such an array somewhere ({"articles": […]}, {"data":
// {"items": […]}}). A top-level array is decoded item by item, so a large
// one never sits in memory whole.
func (w *walker) json(p string, in *input) error {
	head := bytes.TrimLeft(in.head(), " \t\r\n")
	if isJSONLines(head) {
		return w.jsonl(p, in) // a feed saved as .json
	}
	dec := json.NewDecoder(in.r)
	n := 0 // items so far, for path#N
	if len(head) > 0 && head[0] == '[' {
		dec.Token()
		if err := w.jsonArray(p, dec, &n); err != nil {
			return err
		}
	}
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return jsonError(err)
		}
		switch raw[0] {
		case '[':
			var items []json.RawMessage
			json.Unmarshal(raw, &items)
			w.items(p, items, &n)
		case '{':
			o, err := parseObject(raw)
			if err != nil {
				return err
			}
			src := p
			if n > 0 || dec.More() {
				src = feedSource(p, n+1)
			}
			if err := w.jsonObject(p, src, o, &n); err != nil {
				return err
			}
		default:
			return fmt.Errorf("JSON holds %s, want an article object or an array of them", kindOf(raw))
		}
	}
	return nil
}

// jsonArray emits the items of an array whose '[' was just read.
func (w *walker) jsonArray(p string, dec *json.Decoder, n *int) error {
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fmt.Errorf("item %d: %w", *n+1, jsonError(err))
		}
		*n++
		w.item(p, *n, raw)
	}
	_, err := dec.Token() // the closing ']'
	return jsonError(err)
}

// item emits one array element or reports why it is no article.
func (w *walker) item(p string, n int, raw []byte) {
	a, err := itemArticle(raw, feedSource(p, n))
	if err != nil {
		w.fail(&Error{Path: p, Err: fmt.Errorf("item %d: %w", n, err)})
		return
	}
	w.emit(a)
}

func itemArticle(raw []byte, source string) (*cleanup.Article, error) {
	o, err := parseObject(raw)
	if err != nil {
		return nil, err
	}
	return o.article(source, "json")
}

// jsonObject emits a top-level object: an article itself, or a wrapper of
// an article array.
func (w *walker) jsonObject(p, src string, o object, n *int) error {
	a, err := o.article(src, "json")
	if err == nil {
		*n++
		w.emit(a)
		return nil
	}
	items := findArticles(o.vals, 0)
	if items == nil {
		return err
	}
	w.items(p, items, n)
	return nil
}

// items emits array elements, numbering on from *n.
func (w *walker) items(p string, items []json.RawMessage, n *int) {
	for _, raw := range items {
		*n++
		w.item(p, *n, raw)
	}
}

// findArticles finds the first array of objects in a wrapper, looking a
// few levels deep.
func findArticles(vals map[string]json.RawMessage, depth int) []json.RawMessage {
	if depth > 2 {
		return nil
	}
	for _, k := range slices.Sorted(maps.Keys(vals)) {
		raw := vals[k]
		switch {
		case len(raw) > 0 && raw[0] == '[':
			var items []json.RawMessage
			if json.Unmarshal(raw, &items) == nil && len(items) > 0 && len(items[0]) > 0 && items[0][0] == '{' {
				return items
			}
		case len(raw) > 0 && raw[0] == '{':
			var inner map[string]json.RawMessage
			if json.Unmarshal(raw, &inner) == nil {
				if items := findArticles(inner, depth+1); items != nil {
					return items
				}
			}
		}
	}
	return nil
}

// jsonError says where JSON went wrong.
func jsonError(err error) error {
	var se *json.SyntaxError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &se):
		return fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, se)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("invalid JSON: unexpected end of data")
	}
	return readError(err)
}

// kindOf names the kind of a JSON value from its first byte.
func kindOf(raw []byte) string {
	switch raw[0] {
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	case '[':
		return "an array"
	case '{':
		return "an object"
	}
	return "a number"
}
