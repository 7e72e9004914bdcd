package app

// toggleChangeList hides the change list so the review takes the whole
// width, or brings it back.
func (u *ui) toggleChangeList() {
	if u.changes.obj.Visible() {
		u.changes.obj.Hide()
	} else {
		u.changes.obj.Show()
	}
	u.mainSplit.Refresh()
}

// toggleLegend shows or hides the colour key above the review.
func (u *ui) toggleLegend() {
	if u.review.legend.Visible() {
		u.review.legend.Hide()
	} else {
		u.review.legend.Show()
	}
	u.review.obj.Refresh()
}
