package extract

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"github.com/copydesk/copydesk/assets"
)

// SiteRules map a host to CSS selectors whose elements are always dropped
// or always kept, for pages the heuristics get wrong.
type SiteRules struct {
	sites []siteRule
}

// siteRule holds compiled selectors. They are compiled with cascadia, the
// selector engine goquery runs on, because goquery's Find silently matches
// nothing for a bad selector while a rules file must say what is wrong;
// goquery applies them (matchSiteRules).
type siteRule struct {
	host       string
	drop, keep []goquery.Matcher
	dropSrc    []string
}

type siteFile struct {
	Site []struct {
		Host string
		Drop []string
		Keep []string
	}
}

// ParseSiteRules reads a rules file (TOML, format in assets/extract/README.md).
func ParseSiteRules(src string) (*SiteRules, error) {
	var f siteFile
	if _, err := toml.Decode(src, &f); err != nil {
		return nil, err
	}
	rs := &SiteRules{}
	for _, s := range f.Site {
		host := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s.Host), "www."))
		if host == "" {
			return nil, fmt.Errorf("site rule without host")
		}
		r := siteRule{host: host}
		for _, q := range s.Drop {
			sel, err := cascadia.Compile(q)
			if err != nil {
				return nil, fmt.Errorf("site %s: drop %q: %v", host, q, err)
			}
			r.drop, r.dropSrc = append(r.drop, sel), append(r.dropSrc, q)
		}
		for _, q := range s.Keep {
			sel, err := cascadia.Compile(q)
			if err != nil {
				return nil, fmt.Errorf("site %s: keep %q: %v", host, q, err)
			}
			r.keep = append(r.keep, sel)
		}
		rs.sites = append(rs.sites, r)
	}
	return rs, nil
}

// DefaultSiteRules are the rules shipped in assets/extract/sites.toml.
func DefaultSiteRules() (*SiteRules, error) {
	b, err := assets.FS.ReadFile("extract/sites.toml")
	if err != nil {
		return nil, err
	}
	return ParseSiteRules(string(b))
}

// Merge returns rules that apply both sets, user rules (o) first.
func (s *SiteRules) Merge(o *SiteRules) *SiteRules {
	if s == nil {
		return o
	}
	if o == nil {
		return s
	}
	return &SiteRules{sites: append(append([]siteRule(nil), o.sites...), s.sites...)}
}

// forURL returns the rules whose host is the page's host or a parent domain.
func (s *SiteRules) forURL(page string) []siteRule {
	u, err := url.Parse(page)
	if err != nil || u.Host == "" {
		return nil
	}
	host := strings.ToLower(strings.TrimPrefix(u.Hostname(), "www."))
	var out []siteRule
	for _, r := range s.sites {
		if host == r.host || strings.HasSuffix(host, "."+r.host) {
			out = append(out, r)
		}
	}
	return out
}

// matchSiteRules applies the site selectors with goquery over the parsed
// page, marking the elements to drop and to keep.
func matchSiteRules(r *rendered, rules []siteRule) (drop, keep map[*html.Node]bool) {
	if len(rules) == 0 || len(r.elems) == 0 {
		return nil, nil
	}
	drop, keep = map[*html.Node]bool{}, map[*html.Node]bool{}
	root := r.elems[0].node
	for root.Parent != nil {
		root = root.Parent
	}
	doc := goquery.NewDocumentFromNode(root)
	mark := func(m map[*html.Node]bool, sels []goquery.Matcher) {
		for _, sel := range sels {
			for _, n := range doc.FindMatcher(sel).Nodes {
				m[n] = true
			}
		}
	}
	for _, rule := range rules {
		mark(drop, rule.drop)
		mark(keep, rule.keep)
	}
	return drop, keep
}
