package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/cleanup"
)

// extracted extracts an inline page as source and checks the invariants.
func extracted(t *testing.T, page, source string) *cleanup.Article {
	t.Helper()
	a, err := Page([]byte(page), source)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, a)
	return a
}

// cleaned is an inline page's cleaned text, invariants checked.
func cleaned(t *testing.T, page string) string {
	t.Helper()
	return extracted(t, page, "t").Cleaned()
}

// wantText asserts that every kept line survives in the text and no gone
// line does.
func wantText(t *testing.T, got string, kept, gone []string) {
	t.Helper()
	for _, k := range kept {
		if !strings.Contains(got, k) {
			t.Errorf("story text %q removed:\n%s", k, got)
		}
	}
	for _, g := range gone {
		if strings.Contains(got, g) {
			t.Errorf("%q kept:\n%s", g, got)
		}
	}
}

const storyParas = `<p>Hotel owners answered an online thread about the things guests are never told when they check in at the front desk.</p>
<p>Blankets are not always washed between stays, one of them said, even in the most expensive hotels of the city centre.</p>
<p>Wooden luggage racks are a breeding ground for bedbugs, he added, so guests should leave their bags on the floor instead.</p>
<p>Rooms are priced by what they cost to build: a thousand dollars invested should bring one dollar of average daily rate.</p>
<p>The wall-mounted hairdryer carries the most germs of anything in the room, according to the studies they quoted.</p>`

// A numbered slideshow of other stories under the article goes, although
// its captions hold more prose than the story; a listicle told in slides
// keeps them.
func TestSlideshow(t *testing.T) {
	var slides strings.Builder
	for k := 1; k <= 6; k++ {
		fmt.Fprintf(&slides, `<li><h2><span class="counter">%d/6</span> Business story number %d</h2><p>The company behind business story number %d reported lower revenues this quarter, and its shares fell sharply in New York.</p></li>`, k, k, k)
	}
	gallery := `<div class="type-gallery"><h2>Business news in pictures</h2><ul class="legends">` + slides.String() + `</ul></div>`
	got := cleaned(t, `<html><body><article><h1>Seven hotel secrets</h1><div>`+storyParas+gallery+`</div></article></body></html>`)
	wantText(t, got, []string{"Hotel owners answered", "wall-mounted hairdryer"}, []string{"1/6", "Business story number 3", "reported lower revenues"})

	listicle := `<html><body><article><h1>Why we fear</h1><div><p>Fear is part of being human. Browse the gallery to find out what sets it off.</p><ul>` + slides.String() + `</ul></div></article></body></html>`
	wantText(t, cleaned(t, listicle), []string{"Business story number 3", "reported lower revenues"}, nil)

	// slides without titles of their own are the story's steps: only
	// their counters go
	var steps strings.Builder
	for k := 1; k <= 6; k++ {
		fmt.Fprintf(&steps, `<div class="step"><div>%d von 6</div><img src="s%d.jpg"><p>Step %d of the cake: stir the butter, the sugar and the eggs until the batter is smooth and glossy.</p></div>`, k, k, k)
	}
	got = cleaned(t, `<html><body><article><h1>Mole cake</h1><div>`+storyParas+steps.String()+`</div></article></body></html>`)
	wantText(t, got, []string{"Step 3 of the cake", "Step 6 of the cake"}, []string{"3 von 6", "1 von 6"})
}

// A video player's buttons and time displays go; a podcast's show notes
// beside its <audio> stay.
func TestPlayerControls(t *testing.T) {
	player := `<div class="vjs"><video src="clip.mp4"></video><div>Play Video</div><div><div>Mute</div><div>Current Time 0:00</div><div>/</div><div>Duration Time 0:00</div><div>Loaded: 0%</div><div>Stream TypeLIVE</div><div>Fullscreen</div></div></div>`
	got := cleaned(t, `<html><body><article><h1>Seven hotel secrets</h1><div>`+storyParas+player+storyParas+`</div></article></body></html>`)
	wantText(t, got, []string{"Hotel owners answered"}, []string{"Mute", "Current Time", "Stream TypeLIVE", "Fullscreen"})

	notes := `<div><audio src="ep82.mp3"></audio><p>Ingo said he did not write this text. And yet here it is, as if it had been planned all along, so that Petra could write one</p></div>`
	got = cleaned(t, `<html><body><article><h1>Episode 82</h1>`+notes+`</article></body></html>`)
	wantText(t, got, []string{"Ingo said he did not write this text"}, nil)
}

// Teasers that open with their picture and its credit above the linked
// headline are a rail of other stories too.
func TestTeasersUnderPictures(t *testing.T) {
	var rail strings.Builder
	for k := 1; k <= 4; k++ {
		fmt.Fprintf(&rail, `<li class="teaser"><article><figure><div><span>Photo</span><img src="p%d.jpg"></div><figcaption>Credit Photo Agency %d</figcaption></figure><div><h2><a href="/story-%d">Another story about something else, number %d</a></h2><p>The summary of another story number %d, which has nothing to do with hotels.</p><p>By Some Writer</p></div></article></li>`, k, k, k, k, k)
	}
	got := cleaned(t, `<html><body><article><h1>Seven hotel secrets</h1><div>`+storyParas+`<ol>`+rail.String()+`</ol></div></article></body></html>`)
	wantText(t, got, []string{"Hotel owners answered"}, []string{"summary of another story", "By Some Writer"})
}

// A chart's <header> inside the story (its title and one-line description)
// goes with the chart; the article's own header keeps its standfirst.
func TestBoxHeader(t *testing.T) {
	chart := `<section class="interactive"><header><h2>Interest on the debt</h2><p>Annual interest payments on the national debt are expected to triple over the next decade, the office says.</p></header><div class="graphic"><img src="chart.png"></div></section>`
	page := `<html><body><article><header><h1>Seven hotel secrets</h1><p>Hotel bosses reveal what the receptionist will never tell you when you check in for the night.</p></header><div>` + storyParas + chart + storyParas + `</div></article></body></html>`
	got := cleaned(t, page)
	wantText(t, got, []string{"Hotel bosses reveal what the receptionist", "Hotel owners answered"}, []string{"Annual interest payments"})
}

// A dated line above the story (a time stamp, a byline with its date)
// goes although it runs longer than a label; a sentence above it stays.
func TestTimeStampAbove(t *testing.T) {
	page := `<html><body><article><h1>Seven hotel secrets</h1><div><p>postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50</p><p>Short lead.</p>` + storyParas + `</div></article></body></html>`
	got := cleaned(t, page)
	wantText(t, got, []string{"Hotel owners answered"}, []string{"postado em", "atualizado"})
}

// A box after the story with a prompt and its button goes, though the
// prompt reads as a sentence; a credit line above "Read more:" links inside
// the story's container stays.
func TestCallToAction(t *testing.T) {
	story := `<div class="body">` + storyParas + `<p>Heba Habib contributed to this report.</p><p>Read more:</p><p><a href="/a">Hotels raise their prices again this summer</a></p></div>`
	cta := `<div class="get-started"><div class="trial"><h4>Ready to get started?</h4><p>See what your team could do with a unified platform.</p><a href="/trial">Get free trial</a></div></div>`
	got := cleaned(t, `<html><body><article><h1>Seven hotel secrets</h1>`+story+cta+`</article></body></html>`)
	wantText(t, got, []string{"Hotel owners answered", "Heba Habib contributed to this report."}, []string{"Ready to get started?", "See what your team", "Get free trial"})
}

// A table of one-cell rows is layout: its short line after the story goes
// like any other; a data table's one-cell heading row stays.
func TestLayoutTable(t *testing.T) {
	loading := `<table class="player"><tr><td>Loading...</td></tr></table>`
	data := `<table><tr><th colspan="2">Technical data</th></tr><tr><td>Power</td><td>150 hp</td></tr><tr><td>Weight</td><td>1,400 kg</td></tr></table>`
	got := cleaned(t, `<html><body><article><h1>Seven hotel secrets</h1><div>`+storyParas+loading+data+`</div></article></body></html>`)
	wantText(t, got, []string{"Hotel owners answered", "Technical data", "Power | 150 hp"}, []string{"Loading..."})
}

// A block that is all one inline element marked as boilerplate goes with
// it (a caption in a <span>, a hidden <span>); a paragraph holding a marked
// word among its own text stays.
func TestMarkedInline(t *testing.T) {
	photo := `<div class="photo"><p><img src="hk.jpg"></p><span class="newsCaption">Protesters have worn masks to protect their identities (Image: GETTY)</span></div>`
	hidden := `<p><span style="display:none">http://example.com/uploads/2018/10/photo.jpeg 1200 676 admin</span></p>`
	mixed := `<p>Guests were told that the <span class="share">share</span> of rooms cleaned every day has fallen since the pandemic began.</p>`
	got := cleaned(t, `<html><body><article><h1>Seven hotel secrets</h1><div>`+storyParas+photo+mixed+hidden+storyParas+`</div></article></body></html>`)
	wantText(t, got, []string{"Hotel owners answered", "of rooms cleaned every day"}, []string{"Protesters have worn masks", "uploads/2018"})
}

// A dated list item above the story is its byline row and goes; an
// ingredient with a weight stays.
func TestDatedItemAbove(t *testing.T) {
	head := `<ul class="meta"><li>@BryanDeArdo</li><li>Nov 18, 2019 at 9:24 pm ET • 2 min read</li></ul><ul><li>1 large or 1200 g whole chicken</li><li>4 cups of water</li></ul>`
	got := cleaned(t, `<html><body><article><h1>Seven hotel secrets</h1><div>`+head+storyParas+`</div></article></body></html>`)
	wantText(t, got, []string{"1 large or 1200 g whole chicken", "Hotel owners answered"}, []string{"2 min read"})
}

// A time stamp between the standfirst and the story's box goes; a dated
// subheading inside the story stays.
func TestStampAfterStandfirst(t *testing.T) {
	page := `<html><body><article><header><h1>Seven hotel secrets</h1><p>Hotel bosses reveal what the receptionist will never tell you when you check in for the night.</p></header><div class="meta">Wednesday 20 November 2019 11:42, UK</div><div class="body">` + storyParas + `<h3>March 18, 2015</h3>` + storyParas + `</div></article></body></html>`
	got := cleaned(t, page)
	wantText(t, got, []string{"Hotel bosses reveal", "Hotel owners answered", "March 18, 2015"}, []string{"11:42"})
}

// Inside the marked article body, a run of teasers with headlines of their
// own under a story is a rail and goes; a closing list whose items open
// with a linked phrase in a sentence stays.
func TestRailInsideBody(t *testing.T) {
	var rail strings.Builder
	for k := 1; k <= 3; k++ {
		fmt.Fprintf(&rail, `<li class="col-4"><a class="thumb" href="/s%d"><img src="t%d.jpg"></a><div><h3><a href="/s%d">Another story headline number %d</a></h3><h4>The computer model simulated every game of week %d with surprising results.</h4></div></li>`, k, k, k, k, k)
	}
	updates := `<ul><li><a href="/u1">Bereits im November</a> hat sich ein anderes Blog mit dieser Gedankenwelt beschäftigt, lesenswert.</li><li><a href="/u2">In den Kommentaren</a> wird vermutet, sie sei nicht zum ersten Mal dabei gewesen.</li><li><a href="/u3">Ein Artikel der Zeitung</a> vergleicht die hier aufgeführten Zitate mit anderen.</li></ul>`
	got := cleaned(t, `<html><body><div class="article-content"><h1>Seven hotel secrets</h1><div class="body">`+storyParas+updates+`</div><ul class="latest">`+rail.String()+`</ul></div></body></html>`)
	wantText(t, got, []string{"Hotel owners answered", "hat sich ein anderes Blog", "wird vermutet"}, []string{"surprising results"})
}

// A display:none text alternative beside the picture that is shown (a
// formula's MathML for screen readers) is not read into the sentence; a
// hidden span without a picture beside it is left to the block rules.
func TestHiddenTextBesidePicture(t *testing.T) {
	para := `<p>A square matrix <span class="math"><span style="display: none;">A = A H</span><img src="a.svg" alt="A"></span> is Hermitian if and only if it is equal to its adjoint, that is, if it satisfies the condition below.</p>`
	got := cleaned(t, `<html><body><article><h1>Hermitian matrix</h1><div>`+storyParas+para+`</div></article></body></html>`)
	wantText(t, got, []string{"A square matrix is Hermitian if and only if"}, []string{"A = A H"})
	a, err := PageWith([]byte(`<html><body><p>`+para+`</p></body></html>`), "t", Options{RenderOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Original(), "A = A H") {
		t.Errorf("plain rendering changed: %q", a.Original())
	}
}
