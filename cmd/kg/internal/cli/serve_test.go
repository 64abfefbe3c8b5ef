package cli

import (
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a buffer the server's goroutine and the test share.
type lockedBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestServe starts kg serve on a free port, asks it a page, and stops it
// as Ctrl-C does: it exits 0 once the requests are answered.
func TestServe(t *testing.T) {
	e := richStore(t)
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var stderr lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, &IO{Out: io.Discard, Err: &stderr}, []string{"--store", e.store, "serve", "--addr", "127.0.0.1:0"})
	}()
	addr := regexp.MustCompile(`at (http://127\.0\.0\.1:\d+/)`)
	var base string
	for deadline := time.Now().Add(10 * time.Second); base == ""; time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
		}
		if time.Now().After(deadline) {
			t.Fatalf("kg serve did not start: %q", stderr.String())
		}
	}
	res, err := http.Get(base + "search?q=phung+khai+loi")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), "Phùng Khải Lợi") {
		t.Errorf("search page: %d %.300s", res.StatusCode, body)
	}
	stop()
	select {
	case code := <-done:
		if code != ExitOK || !strings.Contains(stderr.String(), "stopped") {
			t.Errorf("kg serve stopped with %d: %q", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("kg serve did not stop")
	}
	if _, err := http.Get(base); err == nil {
		t.Error("the server still answers after it stopped")
	}
	r := e.kg("serve", "--addr", "no-port")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "HOST:PORT") {
		t.Errorf("--addr no-port: %v", r)
	}
}
