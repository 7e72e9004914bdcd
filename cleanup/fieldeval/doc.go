// Package fieldeval scores the cleanup engine on the field set: articles
// written for evaluation (testdata/fieldset/{dev,frozen}/<case>/), each
// input beside a labels file X.ext.labels.tsv that says which lines are
// planted debris, which are article content, which names were misspelled
// on purpose and what must come out unchanged.
//
// Label rows (tab-separated, # comments and blank lines allowed):
//
//	debris    TEXT                      planted debris: TEXT must not be in the cleaned text
//	content   TEXT                      article text that must survive (80 % of its words in one cleaned line)
//	fix       WRONG  RIGHT  [STYLES]    planted misspelling: WRONG gone, RIGHT present (STYLES: ap,bbc,reuters)
//	keep      TEXT                      correct text that must come out unchanged
//	clean     [STYLES]                  the input must come back byte-identical (under STYLES only)
//	headline  TEXT  [STYLES]            the first cleaned line that is not a debris row
//
// For text inputs (.txt, .md, .jsonl) every non-empty input line that is not
// a debris row counts as content. A case's inputs are cleaned together as
// one batch, so cross-article passes apply inside a case. The scorer runs
// the real engine (load + pipeline.CleanBatch, the path of
// `copydesk clean --to jsonl`) and counts, per style, the kinds of issue 9's
// table. The field set itself is documented in testdata/fieldset/README.md.
//
// ScoreCorpusLines adds a line view of pages with gold article text (the
// ScrapingHub benchmark in ../shared/corpus): every line of a page's text
// that is not in the gold article is boilerplate, and the whole engine
// (extraction included) is scored on how many of those lines it leaves in
// and how many article lines it loses.
package fieldeval
