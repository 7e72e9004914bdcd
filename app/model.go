package app

import "github.com/copydesk/copydesk/cleanup/review"

// The review model lives in cleanup/review, with no Fyne in it; the window
// reads and changes it through these names.
type (
	batch       = review.Batch
	doc         = review.Doc
	event       = review.Event
	view        = review.View
	sessionFile = review.SessionFile
	selection   = review.Selection
	saver       = review.Saver
)
