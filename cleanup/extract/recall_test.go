package extract

import (
	"strings"
	"testing"
)

// TestBodyRecall checks that story text shaped like boilerplate (linked
// subheadings, linked cells of a data table) stays, while the boilerplate
// it resembles still goes.
func TestBodyRecall(t *testing.T) {
	tests := []struct {
		name, html string
		keep, drop []string
	}{
		{"a subheading linking into the page or off the site heads a section; a teaser headline goes",
			`<html><head><link rel="canonical" href="https://news.example/story"></head><body><main><article><h1>Bridge plan</h1>` +
				storyParagraphs(3, "bridge") +
				`<h2 id="costs"><a href="#costs">What the bridge costs</a></h2>` + storyParagraphs(2, "cost") +
				`<h3><a href="https://www.playstation.example/rez">The maker of the game</a></h3>` + storyParagraphs(2, "game") +
				`<h3><a href="https://news.example/other-story">Another story from this site</a></h3>` + storyParagraphs(2, "tunnel") +
				`<div><h3><a href="https://partner.example/a">A story from a partner site</a></h3><h3><a href="https://partner.example/b">Another partner story</a></h3></div>` + storyParagraphs(1, "end") +
				"</article></main></body></html>",
			[]string{"What the bridge costs", "The maker of the game", "tunnel plan, number II"},
			[]string{"Another story from this site", "A story from a partner site"}},
		{"linked names in a data table stay",
			"<main><article><h1>App updates</h1>" + storyParagraphs(3, "update") +
				`<table><tr><td><div>Application</div></td><td><div>Patch size (% vs original)</div></td></tr>` +
				`<tr><td><div><a href="/maps">Maps for Android</a></div></td><td><div>9.6 MB (-71%)</div></td></tr>` +
				`<tr><td><div><a href="/mail">Mail for Android</a></div></td><td><div>7.3 MB (-59%)</div></td></tr>` +
				`<tr><td><div><a href="/books">Books for Android</a></div></td><td><div>8.4 MB (-84%)</div></td></tr></table>` +
				storyParagraphs(2, "savings") + "</article></main>",
			[]string{"Maps for Android", "Mail for Android", "Books for Android"},
			nil},
		{"a table that wins the body brings its caption, header row and the introduction above it",
			"<main><h1>List of films featuring time loops</h1><div><p>This list of films featuring time loops in which characters experience the same period of time over and over again.</p>" +
				"<p>For a list of films that include any kind of time travel, see the list of time travel works.</p>" +
				"<table><caption>Films with time loops</caption><thead><tr><th>Film</th><th>Year</th><th>Description</th></tr></thead><tbody>" +
				strings.Repeat("<tr><td>Film</td><td>1993</td><td>A woman relives the same day over and over again until she learns to be kind to her neighbours.</td></tr>", 12) +
				"</tbody></table><ul>" + strings.Repeat(`<li><a href="/wiki/x">Some other long list article title</a></li>`, 40) + "</ul></div></main>",
			[]string{"This list of films featuring time loops", "For a list of films", "Films with time loops", "Film | Year | Description"},
			[]string{"Some other long list article title"}},
		{"a linked list under an item that announces it is the story's list; a list of links still goes",
			"<main><article><h1>This week in the browser</h1>" + storyParagraphs(3, "browser") +
				"<ul><li>We have the green light for another round of students hacking on the video player this term.</li>" +
				`<li>In progress:<ul><li><a href="/b/1">Bug 1677080 – Fullscreen window is affected by switching video source</a></li>` +
				`<li><a href="/b/2">Bug 1677107 – Add telemetry for tracking multiple player usage</a></li></ul></li></ul>` +
				storyParagraphs(2, "search") +
				`<ul><li><a href="/a">Apple pie classic</a></li><li><a href="/b">Cheesecake for beginners</a></li><li><a href="/c">Plum crumble</a></li></ul>` +
				"</article></main>",
			[]string{"In progress:", "Bug 1677080", "Bug 1677107"},
			[]string{"Cheesecake for beginners"}},
		{"the items of the story's list after its last paragraph stay",
			"<main><article><h1>Search news</h1>" + storyParagraphs(3, "search") +
				"<ul><li>Work continued on the weather suggestion experiment, but its release has been moved to next year.</li>" +
				`<li>Region code can use a location monitor to update without the network (<a href="/b/3">Bug 1663501</a>)</li>` +
				"<li>Fixed a bug where engines were re-added on startup</li></ul></article></main>",
			[]string{"Region code can use a location monitor"},
			nil},
		{"a section heading above a \"Main article\" line stays; a box title above a teaser headline goes",
			"<main><article><h1>The foundation</h1>" + storyParagraphs(3, "browser") +
				`<h3>Script engine</h3><div>Main article: <a href="/wiki/Engine">Script engine (JavaScript software)</a></div>` + storyParagraphs(2, "engine") +
				`<div><h3>More stories</h3><h4><a href="/other">A different story about another town</a></h4>` +
				"<p>A summary of that other story, which sits below the article and is long enough to read as prose.</p></div>" +
				"</article></main>",
			[]string{"Script engine", "engine plan, number II"},
			[]string{"More stories"}},
		{"a ranked entry's heading that opens with its number stays; a labelled pointer to another story goes",
			`<html><head><link rel="canonical" href="https://news.example/best-films"></head><body><main><article><h1>The best films of the year</h1>` +
				storyParagraphs(2, "film") +
				`<h3>21) <a href="https://news.example/review-star-wars">Star Wars: The Last Jedi</a></h3>` + storyParagraphs(1, "jedi") +
				`<h3>See:&nbsp;<a href="https://news.example/another-story">Mother is arrested after asking about her son</a></h3>` + storyParagraphs(2, "arrest") +
				"</article></main></body></html>",
			[]string{"21) Star Wars: The Last Jedi"},
			[]string{"Mother is arrested"}},
		{"a standfirst beside the body, past a photo, joins it",
			`<main><div class="article"><h1>West Ham threaten the giants</h1>` +
				`<div class="perex">A miracle of one season? West Ham keep answering the doubters, and football begins to see the elite grow.</div>` +
				`<div class="photo"><img src="a.jpg"><div>Soucek after the win.</div></div>` +
				`<div class="content">` + storyParagraphs(5, "football") + "</div>" +
				"<ul>" + strings.Repeat(`<li><a href="/x">Another story about a different club entirely</a></li>`, 12) + "</ul></div></main>",
			[]string{"A miracle of one season?", "football plan, number II"},
			[]string{"Another story about a different club"}},
		{"a standfirst repeating the header's does not join the body",
			`<main><div class="story"><header><h1>Things to do in October</h1><div class="dek">Our top picks for horsey events, competition and fun for the month of October, all over the country.</div></header>` +
				`<div class="abstract">Our top picks for horsey events, competition and fun for the month of October, all over the country.</div>` +
				`<div class="body">` + storyParagraphs(4, "riding") + "</div>" +
				"<ul>" + strings.Repeat(`<li><a href="/x">Another story about a different show entirely</a></li>`, 6) + "</ul></div></main>",
			[]string{"riding plan, number II"},
			[]string{"Our top picks for horsey events"}},
		{"story text after an empty related box, shaped like the text before it, stays; the box's title goes",
			`<main><article><h1>Plague warning</h1><div class="content">` +
				`<div class="text-description">` + storyParagraphs(6, "plague") + "</div>" +
				`<div class="box related-articles"><h3>Trending</h3></div>` +
				`<div class="text-description">` + storyParagraphs(1, "outbreak") + "</div>" +
				"</div></article></main>",
			[]string{"outbreak plan, number I,"},
			[]string{"Trending"}},
		{"the rest of the story unfolded by a \"Read more\" button stays",
			`<main><article><h1>Markets</h1><div class="container">` +
				strings.Repeat(`<div class="body-paragraph">The council said on Tuesday that the market plan would go ahead after months of debate among residents and engineers.</div>`, 6) +
				`<div class="read-more"><div class="read-more-button">Read More</div></div>` +
				`<div class="read-all"><div class="body-paragraph">A breakthrough in the trade deal has remained just out of reach for quite some time, traders said on Monday.</div></div>` +
				"</div></article></main>",
			[]string{"A breakthrough in the trade deal"},
			[]string{"Read More"}},
		{"short result lines under the first subheading are the story's first section, a dateline above it goes",
			"<main><article><h1>High school roundup</h1><p>Nov 20, 2019</p><h2>GIRLS BASKETBALL</h2>" +
				"<p>Palm Bay d. Rockledge 70-44</p><p>Rockledge 14 11 6 15 — 44</p>" +
				storyParagraphs(3, "score") + "</article></main>",
			[]string{"Palm Bay d. Rockledge 70-44", "Rockledge 14 11 6 15"},
			[]string{"Nov 20, 2019"}},
		{"a subheading alone in a section's header inside the body stays; one topping a promotion box goes",
			"<main><h1>Developer Edition</h1>" + storyParagraphs(3, "browser") +
				"<section><div><header><h2>Features and tools</h2></header>" + storyParagraphs(2, "inspector") + "</div></section>" +
				"<div class=\"collapse-box\"><header><h2>Issue 7/2019</h2></header><p>This article comes from issue 7 of the magazine, which is on sale from June 20 at the newsstands and online.</p></div>" +
				storyParagraphs(1, "closing") + "</main>",
			[]string{"Features and tools", "inspector plan, number II"},
			[]string{"Issue 7/2019"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantText(t, cleaned(t, tt.html), tt.keep, tt.drop)
		})
	}
}
