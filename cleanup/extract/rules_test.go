package extract

import (
	"strings"
	"testing"
)

// storyParagraphs is article prose long enough for the body choice.
func storyParagraphs(n int, topic string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("<p>The council said on Tuesday that the " + topic + " plan, number ")
		b.WriteString(strings.Repeat("I", i+1))
		b.WriteString(", would go ahead after months of debate among residents, engineers and the regional budget office.</p>")
	}
	return b.String()
}

// shareLinks is a row of share buttons between a story's opening and its
// body, which keeps the article element from winning the body choice.
var shareLinks = strings.Repeat(`<p><a href="/s">Share this story with your friends and family on every network</a></p>`, 8)

// TestBodyRules checks extraction rules on small pages: what must stay in
// the cleaned text and what must go.
func TestBodyRules(t *testing.T) {
	tests := []struct {
		name, html string
		keep, drop []string
	}{
		{"teasers with a kicker above the linked headline go",
			"<main><article><h1>Bridge plan</h1>" + storyParagraphs(5, "bridge") + "</article>" +
				`<section>` + strings.Repeat(`<article class="card"><div class="kicker">LONG READS</div><h3><a href="/x">Another story about a different town entirely</a></h3><p>A summary of that other story, which sits in a rail below the article.</p></article>`, 4) +
				"</section></main>",
			[]string{"bridge plan, number III"},
			[]string{"A summary of that other story", "Another story about"}},
		{"a closing source line among the story's paragraphs stays",
			"<main><article><h1>Leave ruling</h1><div class=body>" + storyParagraphs(4, "leave") +
				"<p><em>Press release No. 48/22 of the labour court – 9 AZR 266/20</em></p></div></article>" +
				"<div class=box><p>Seminars online: labour law, contracts, leave</p></div></main>",
			[]string{"Press release No. 48/22 of the labour court"},
			[]string{"Seminars online"}},
		{"a story section named for its ad slot stays, the ad goes",
			`<main><h1>Grill test</h1>` +
				`<section class="report__section report__section--ads">` + storyParagraphs(4, "grill") + `</section>` +
				`<section class="report__section report__section--ads">` + storyParagraphs(4, "oven") + `</section>` +
				`<div class="ads">Buy the grill now</div></main>`,
			[]string{"grill plan, number II", "oven plan, number III"},
			[]string{"Buy the grill now"}},
		{"a post's date line named for comments does not open a comment section",
			`<div id="content"><div class="post"><h2><a href="/p">A quiet evening</a></h2>` +
				`<p class="commentmeta">14 June 2013 at 20:51 (<a href="/c">Notes</a>)</p>` + storyParagraphs(3, "evening") +
				`</div></div><div id="comments"><h3>Leave a comment</h3></div>`,
			[]string{"evening plan, number I,", "evening plan, number III"},
			[]string{"Leave a comment"}},
		{"the post in an articleBody template is read, other templates are not",
			`<main><h1>Safe browsing</h1><div class="post-body"><div itemprop="articleBody"><script type="text/template">` +
				storyParagraphs(3, "browser") + `</script></div></div>` +
				`<div class="widget"><script type="text/template"><p>Widget text that a script would show later on.</p></script></div></main>`,
			[]string{"browser plan, number I,", "browser plan, number III"},
			[]string{"Widget text"}},
		{"a linked item in a plain list stays, a list of links goes",
			"<main><article><h1>Bee sting cake</h1>" + storyParagraphs(3, "baking") +
				"<ul><li>250 g flour</li><li>1 <a href=/v>packet of Dr Baker Vanilla Sugar Deluxe</a></li><li>3 eggs, beaten</li><li>100 g butter</li></ul>" +
				storyParagraphs(2, "oven") +
				`<ul><li><a href="/a">Apple pie classic</a></li><li><a href="/b">Cheesecake for beginners</a></li><li><a href="/c">Plum crumble</a></li></ul>` +
				"</article></main>",
			[]string{"1 packet of Dr Baker Vanilla Sugar Deluxe", "3 eggs, beaten"},
			[]string{"Cheesecake for beginners"}},
		{"an opening paragraph boxed apart from the body comes back, a deck beside the headline does not",
			`<main><article><div class="head"><h1>Harbour works</h1><p class="dek">The harbour will close for a year while the quay walls are rebuilt, officials said.</p></div>` +
				`<div class="intro"><p>Work on the old harbour begins on Monday, the city announced after a vote that ended a long dispute.</p></div>` +
				shareLinks + `<div class="text">` + storyParagraphs(9, "harbour") + `</div></article></main>`,
			[]string{"Work on the old harbour begins on Monday", "harbour plan, number III"},
			[]string{"The harbour will close for a year"}},
		{"an opening paragraph in the headline's box after the byline and date comes back",
			`<main><article><div class="head"><h1>Harbour works</h1><div class="meta">12.03.2024 11:36 | City desk</div>` +
				`<div class="intro">Work on the old harbour begins on Monday, the city announced after a vote that ended a long dispute.</div></div>` +
				shareLinks + `<div class="text">` + storyParagraphs(9, "harbour") + `</div></article></main>`,
			[]string{"Work on the old harbour begins on Monday", "harbour plan, number III"},
			[]string{"City desk"}},
		{"a paragraph outside the publisher's articleBody stays out",
			`<main><article><h1>Harbour works</h1>` +
				`<div class="intro"><p>Work on the old harbour begins on Monday, the city announced after a vote that ended a long dispute.</p></div>` +
				shareLinks + `<div itemprop="articleBody">` + storyParagraphs(9, "harbour") + `</div></article></main>`,
			[]string{"harbour plan, number III"},
			[]string{"Work on the old harbour begins on Monday"}},
		{"key points in a list above the body stay out",
			`<main><article><h1>Harbour works</h1>` +
				`<div class="keypoints"><ul><li>Work on the old harbour begins on Monday, the city announced after a vote on the plan.</li><li>The quay walls will be rebuilt over a year, at a cost the council has not yet disclosed.</li></ul></div>` +
				shareLinks + `<div class="text">` + storyParagraphs(9, "harbour") + `</div></article></main>`,
			[]string{"harbour plan, number III"},
			[]string{"Work on the old harbour begins on Monday"}},
		{"a short post's plain paragraphs beside its one long paragraph stay",
			`<div id="content"><h1>Paper cuts (3)</h1><div class="post"><div class="meta">05.01.2020 | <a href="/a">gnaddrig</a> | <a href="/c">Camera</a></div>` +
				`<p>The town stands black and silent…</p><p>It had all started with a shot by hand:</p>` +
				`<p>For an automatically chosen ISO value of 1250 that looks quite decent, if a little soft at the edges of the frame. ` + strings.Repeat("The plane left a trail across the evening sky above the roofs. ", 4) + `</p>` +
				`<ul class="share">` + strings.Repeat(`<li><a href="/s">Click to share this post on another network (opens in a new window)</a></li>`, 8) + `</ul></div></div>`,
			[]string{"The town stands black and silent…", "It had all started", "ISO value of 1250"},
			[]string{"Click to share", "gnaddrig"}},
		{"the story inside a container named for its paywall stays, the signup box goes",
			`<main><h1>Taboos</h1><div class="entry__content steady-paywall-container">` + storyParagraphs(4, "survey") + `</div>` +
				`<div class="newsletter"><p>Sign up for our weekly newsletter</p></div>` +
				`<section>` + strings.Repeat(`<div class="comment">`+storyParagraphs(1, "reader")+`</div>`, 6) + `</section></main>`,
			[]string{"survey plan, number I,", "survey plan, number IIII"},
			[]string{"Sign up for our weekly newsletter", "reader plan"}},
		{"disclaimers, author boxes and post meta lines inside the story's container go",
			`<main><article><h1>Card bonus</h1><div class="post-content">` +
				`<p class="editorial-disclosure">This post contains references to products from one or more of our advertisers, who may pay us.</p>` +
				storyParagraphs(5, "card") +
				`<div class="author-description"><p>Anna writes about travel rewards and has covered airline loyalty programmes since 2012.</p></div>` +
				`<p class="aawp-disclaimer">Last updated on 2.02.2022 / Affiliate links / Images from the Product Advertising API.</p>` +
				`<p class="postmetadata alt">This entry was posted on Wednesday, 27 November 2019 at 15:21 and is filed under Travel, Cards.</p></div></article></main>`,
			[]string{"card plan, number I,", "card plan, number IIIII"},
			[]string{"This post contains references", "Anna writes about", "Last updated on", "This entry was posted"}},
		{"author cards and captions named in other words inside the story's container go",
			`<main><article><h1>Card bonus</h1><div class="post-content">` + storyParagraphs(5, "card") +
				`<div class="imagedescription">Anna at the airport. © AFP / Photo Desk</div>` +
				`<h5 class="bilduntertitel">Iron oxide settles around roots that bring oxygen into the soil.</h5>` +
				`<div class="legend"><div class="content">Target species include the hermit butterfly.</div></div>` +
				`<div class="TestReport__AuthorBox"><p>Anna is head of social at the magazine and tests gadgets.</p></div>` +
				`<div class="author-card"><p>Ben fell down the rabbit hole of politics aged twelve.</p></div>` +
				`<section class="post-author"><p>Advertising Disclosure: opinions are the author's own.</p></section>` +
				`<div class="saboxplugin-wrap"><div class="saboxplugin-desc"><p>I like every kind of photography.</p></div></div>` +
				`<div class="abh_box abh_box_down"><p>I'm Amy and I'm so glad you've stopped by!</p></div></div></article></main>`,
			[]string{"card plan, number I,", "card plan, number IIIII"},
			[]string{"Photo Desk", "Iron oxide", "hermit butterfly", "head of social", "rabbit hole", "Advertising Disclosure", "every kind of photography", "I'm Amy"}},
		{"the publisher's appeals that close the story go, a story paragraph quoting such words stays",
			"<main><article><h1>School fees</h1>" + storyParagraphs(4, "school") +
				`<p>“Follow us on the road to reform,” the minister told parents on Monday.</p>` +
				"<p>Subscribe now to our digital edition for the full story.</p>" +
				"<p>For the latest stories and breaking news updates download our apps for iOS and Android.</p>" +
				"<p>Gefällt Ihnen der Artikel? Dann abonnieren Sie unseren Newsletter!</p></article></main>",
			[]string{"school plan, number IIII", "Follow us on the road to reform"},
			[]string{"Subscribe now", "iOS and Android", "abonnieren Sie"}},
		{"a next-read box of other news after the story goes",
			"<main><article><h1>Tennis</h1>" + storyParagraphs(5, "tennis") +
				`<div class="news-list-view nextread"><div class="news-block"><p class="news-description">The second row of national tennis celebrated international wins last week, the federation said. 31.01.2022</p></div></div></article></main>`,
			[]string{"tennis plan, number IIIII"},
			[]string{"second row of national tennis"}},
		{"a lone teaser box after the story loses its summary with its headline, an opening under the author's link stays",
			"<main><article><h1>Mini SUVs</h1>" +
				`<div class="head"><p><a href="/authors/kathrin">Kathrin Hofmeister, garden editor</a></p><p>Small SUVs sell better than ever, the importers' association said on Monday in its yearly report.</p></div>` +
				storyParagraphs(5, "car") + "</article>" +
				`<div class="section"><h3>More news</h3><div class="row"><div class="col"><p><a href="/golf">VW Golf 8 GTI: a matured driving pleasure</a></p></div>` +
				`<div class="col"><p>The letters GTI have long promised brisk driving. At first Volkswagen was ...</p></div></div></div></main>`,
			[]string{"Small SUVs sell better than ever", "car plan, number IIIII"},
			[]string{"The letters GTI have long promised"}},
		{"a story's closing paragraph about an app or a channel stays",
			"<main><article><h1>School app</h1>" + storyParagraphs(4, "school") +
				"<p>The ministry's app is available for iOS and Android from March, and the broadcaster will show it on its Telegram channel.</p></article></main>",
			[]string{"available for iOS and Android from March"},
			nil},
		{"a short command listing after the last paragraph stays",
			"<main><article><h1>TCP tuning</h1>" + storyParagraphs(4, "network") +
				"<pre>netsh interface tcp set global autotuninglevel=normal</pre></article></main>",
			[]string{"netsh interface tcp set global"},
			nil},
		{"a long date line above the body is not an opening paragraph",
			`<main><article><h1>Harbour works</h1><div class="byline">By City Desk</div>` +
				`<div class="time">PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 8, 2023 at 6:00 p.m.</div>` +
				shareLinks + `<div class="text">` + storyParagraphs(9, "harbour") + `</div></article></main>`,
			[]string{"harbour plan, number III"},
			[]string{"PUBLISHED: November 8"}},
		{"an address card set in <pre> after the story goes",
			"<main><article><h1>Press release</h1>" + storyParagraphs(4, "asylum") +
				`<div class="card"><h4>Press contact</h4><pre class="address">Federal Office\nMain Street 7\n10119 Berlin</pre></div></article></main>`,
			[]string{"asylum plan, number IIII"},
			[]string{"Main Street 7"}},
		{"paragraphs between the headings of pop-ups do not join a one-paragraph body",
			`<div id="content"><h1>Paper cuts (3)</h1><div class="post">` +
				`<p>For an automatically chosen ISO value of 1250 that looks quite decent, if a little soft at the edges of the frame. ` + strings.Repeat("The plane left a trail across the evening sky above the roofs. ", 4) + `</p>` +
				`<ul class="share">` + strings.Repeat(`<li><a href="/s">Click to share this post on another network (opens in a new window)</a></li>`, 8) + `</ul>` +
				`<h2 class="modal-headline">Password changed</h2><p>Your password was changed. You can log in with it from now on.</p></div></div>`,
			[]string{"ISO value of 1250"},
			[]string{"Your password was changed"}},
		{"a data table's cells above the story stay, however short",
			"<main><article><h1>Sidamo coffee</h1>" +
				`<table><tr><td><strong>Aroma</strong></td><td><div><meta charset="utf-8"></div> Red berries, citrus, sweet</td></tr>` +
				`<tr><td><strong>Process</strong></td><td><div><meta charset="utf-8"></div> Hand-picked, washed, sun-dried</td></tr></table>` +
				storyParagraphs(4, "coffee") + "</article></main>",
			[]string{"Red berries, citrus, sweet", "Hand-picked, washed, sun-dried", "coffee plan, number IIII"},
			nil},
		// an old table layout: the copyright row must not win the table
		// for the body (navigation column and all), and the story's
		// column is no data cell whose related links stay
		{"in a table layout the story's column wins and its link lists go",
			`<table><tr><td><b>SECTIONS</b><br><a href="/n">Local News</a><br><a href="/s">Sports</a><br><a href="/f">Farm and Ranch</a><br><a href="/o">Obituaries</a><br><a href="/c">Classifieds</a><br><a href="/w">Weather</a><br>Call 785-555-0142</td><td>&nbsp;</td>` +
				"<td><b>Ferry plan</b><br>" + storyParagraphs(8, "ferry") +
				`<b>Related stories:</b><br><a href="/a">Wheat harvest wraps up early</a><br><a href="/b">Co-op members approve expansion</a><br><a href="/e">E-mail this story</a></td></tr>` +
				`<tr><td colspan="3">Copyright 2026 Tri-County Gazette. All rights reserved. Send questions or comments to the webmaster.</td></tr></table>`,
			[]string{"ferry plan, number IIIII"},
			[]string{"Local News", "Call 785", "Wheat harvest", "E-mail this story", "All rights reserved"}},
		// a blog's name in its h1 matches the end of the title; the post's
		// headline in an h2 matches more of it and is the headline
		{"a blog's name in the h1 gives way to the post's headline",
			"<title>Bakery closes after 62 years – The Saint Michel Quarter Blog</title>" +
				`<header class="site-header"><h1 class="site-title"><a href="/">The Saint Michel Quarter Blog</a></h1></header>` +
				`<article><header class="entry-header"><h2 class="entry-title">Bakery closes after 62 years</h2></header>` +
				"<div class=entry-content>" + storyParagraphs(3, "bakery") + "</div></article>",
			[]string{"Bakery closes after 62 years", "bakery plan, number III"},
			[]string{"The Saint Michel Quarter Blog"}},
		// a briefing: entries headed by links to the full stories, set
		// between the briefing's own paragraphs, are its text; a teaser
		// card alone among a story's paragraphs still goes
		{"a roundup's linked entry headings stay, a lone teaser card goes",
			"<main><article><h1>Morning briefing</h1><div class=body>" +
				"<div class=para>Good morning. Here are the stories you need to know about today, from the council to the port.</div>" +
				`<div class=item><h3><a href="/news/budget">Council to vote on budget gap</a></h3><div class=para>Councillors meet at 10am to vote on a package of cuts and a council tax rise intended to close the gap.</div></div>` +
				`<div class=item><h3><a href="/news/strike">Dock workers begin strike</a></h3><div class=para>About 1,400 dock workers walked out at midnight in a dispute over pay and conditions at the port.</div></div>` +
				"<div class=para>That is all for today. We will be back tomorrow morning with more news for you.</div></div></article></main>",
			[]string{"Council to vote on budget gap", "Dock workers begin strike", "About 1,400 dock workers"},
			nil},
		// with its summary line: the card holds nothing else
		{"a lone same-site teaser card among the story's paragraphs goes",
			"<main><article><h1>Bridge plan</h1><div class=body>" + storyParagraphs(3, "bridge") +
				`<div class=card><h3><a href="/news/other">Another town approves its own bridge</a></h3><p>The neighbouring town voted for a bridge of its own last year.</p></div>` +
				storyParagraphs(2, "road") + "</div></article></main>",
			[]string{"bridge plan, number III", "road plan, number II"},
			[]string{"Another town approves its own bridge", "The neighbouring town voted"}},
		// a story set with <br> breaks is one block: the row of utility
		// links on its last line is cut from it
		{"a row of print and send links ending a <br> story block goes",
			`<table><tr><td><font size=2>` + strings.Repeat("The council said on Tuesday that the ferry plan would go ahead after months of debate among residents and engineers.<br><br>", 6) +
				`</font><br><br><font size=1><a href="/print">Print version</a> | <a href="/send">Send to a friend</a></font></td></tr></table>`,
			[]string{"The council said on Tuesday that the ferry plan would go ahead after months of debate among residents and engineers."},
			[]string{"Print version", "Send to a friend"}},
		// teaser-shaped entries between a greeting and a sign-off are a
		// briefing's text, without any content mark on its container; the
		// same cards alone in a box are a rail
		{"a briefing's entries between its greeting and sign-off stay, a rail of the same cards goes",
			"<div class=page><h1>The essentials for Tuesday</h1><div class=corps>" +
				"<p>Good morning to you all. Here is what to know this morning.</p>" +
				strings.Repeat(`<div class=bloc><h2><a href="/region/tram">Angers opens its third tram line at last</a></h2><p>After three years of works the line links the station to the park.</p></div>`, 3) +
				"<p>Have a good day, and see you tomorrow morning for more.</p></div>" +
				"<div class=rail>" + strings.Repeat(`<div class=card><h3><a href="/region/weather">Spring will be drier than usual this year</a></h3><p>Forecasters expect a dry April across the west.</p></div>`, 3) + "</div></div>",
			[]string{"Good morning to you all", "Angers opens its third tram line at last", "After three years of works", "Have a good day"},
			[]string{"Spring will be drier", "Forecasters expect"}},
		// a guide: an introduction, then points of a paragraph each whose
		// headings link to the site's own stories; no sign-off needed
		{"a guide's points under same-site linked headings stay after its introduction",
			"<div class=principal><h1>Five tax changes to know</h1><div class=cuerpo>" +
				"<p>The tax campaign opens on Wednesday with several changes that may alter the result for millions of taxpayers. These are the most important.</p>" +
				`<div class=apartado><h3><a href="/empleo/salario">Minimum wage earners will pay no income tax from this year on</a></h3><p>The Treasury has raised the reduction for earned income, so that taxpayers on the minimum wage, some 16,576 euros a year, will pay no income tax. The measure benefits more than half a million workers, the ministry says. It applies from this year's return onwards.</p></div>` +
				`<div class=apartado><h3><a href="/vivienda/alquiler">A new deduction for young people renting their first home</a></h3><p>Tenants under 35 earning less than 24,000 euros may deduct up to 15 per cent of their rent, up to 1,200 euros. The deduction is national and adds to those that some regions already offer their residents. Landlords must be registered with the regional housing office.</p></div>` +
				`<div class=apartado><h3><a href="/mercados/pensiones">Fewer tax advantages for personal pension plans from January</a></h3><p>The limit on contributions that reduce the tax bill stays at 1,500 euros a year for personal plans, while workplace plans may reach 8,500 euros. Advisers suggest reviewing contributions before the end of the year. Withdrawals are taxed as ordinary income.</p></div>` +
				"</div></div>",
			[]string{"Minimum wage earners will pay no income tax", "The Treasury has raised the reduction", "Fewer tax advantages for personal pension plans", "Advisers suggest reviewing"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantText(t, cleaned(t, tt.html), tt.keep, tt.drop)
		})
	}
}
