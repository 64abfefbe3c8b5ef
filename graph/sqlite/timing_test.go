package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestTiming(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("N"))
	if n == 0 {
		t.Skip()
	}
	s, err := Open(filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := corpus{seed: 3}
	var total, cpu time.Duration
	for from := 0; from < n; from += 200 {
		b := c.batch(from, from+200)
		if from == 0 && os.Getenv("PROF") != "" {
			f, _ := os.Create(os.Getenv("PROF"))
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
		start, c0 := time.Now(), cpuTime()
		if _, err := s.Put(context.Background(), b); err != nil {
			t.Fatal(err)
		}
		d, dc := time.Since(start), cpuTime()-c0
		total += d
		cpu += dc
		if from/200%10 == 0 || from+200 >= n {
			t.Logf("batch %d: %v cpu %v", from/200, d, dc)
		}
	}
	t.Logf("total %v cpu %v", total, cpu)
}
