// Package evaluate scores extracted article text against the shared
// evaluation corpora (../shared/corpus): ScrapingHub's article-extraction
// benchmark and Readability's test pages by 4-token shingles, trafilatura's
// evaluation set by wanted/unwanted snippets. The bench harness (bench/)
// prints the comparison table with it, and the quality-floor test keeps
// Copydesk's scores from slipping.
package evaluate
