// Package review is Copydesk's review model without a window: a batch of
// cleaned articles, the editor's decisions on them as replayable events,
// one undo history, batch-wide decisions at the right scope, and the
// session file that brings all of it back. The GUI (package app) shows it
// and changes it only through these types; nothing here imports Fyne.
package review
