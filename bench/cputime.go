package main

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used so far (user + system, all
// threads, so the garbage collector's work counts). Speeds are measured on
// it rather than on the wall clock: the build machine is shared, and other
// jobs stretch wall time by a different factor from one system to the next.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
