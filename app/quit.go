package app

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
)

// quitGrace is how long Fyne gets to shut down by itself once the session
// is on disk. Fyne 2.7.1 can hang in that shutdown: runGL queues the
// preferences' OnStopped hook on the lifecycle queue, whose goroutine hands
// it to the main-thread queue (runOnMainWithWait) just as runGL drains and
// closes that queue; the hook then waits forever, and so does
// Lifecycle.WaitForEvents in Run. So the process exits after quitGrace
// even if Run never returns; the session is already written by then.
const quitGrace = 2 * time.Second

// stopCleanly makes SIGTERM, SIGINT and closing the window always end the
// process with the session saved. It is for the real window only: tests
// must not exit.
func (u *ui) stopCleanly() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		<-sig
		u.finish()
		fyne.Do(u.app.Quit)
	}()
	u.win.SetOnClosed(u.finish)
}

// finish saves the session synchronously and arms the exit watchdog. It is
// safe from any goroutine and runs its work once.
func (u *ui) finish() {
	u.finishing.Do(func() {
		if err := u.saver.Close(); err != nil {
			fmt.Fprintln(os.Stderr, "copydesk: could not save the session:", err)
		}
		time.AfterFunc(quitGrace, func() { os.Exit(0) })
	})
}
