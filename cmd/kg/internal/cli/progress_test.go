package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"kg/ingest"
	"kg/ingest/document"
)

// TestProgressLine: the line a terminal shows at moments of an ingest.
func TestProgressLine(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	type step struct {
		at   time.Duration
		inv  *document.Inventory
		p    ingest.Progress
		want string
	}
	files := &document.Inventory{Files: 5000, Bytes: 10e6, Articles: 5000}
	dump := &document.Inventory{Files: 1, Bytes: 200e6, Articles: -1}
	tests := []struct {
		name  string
		steps []step
	}{
		{"one article per file", []step{
			{0, nil, ingest.Progress{Extracted: 10}, "ingesting 10 articles"},
			{200 * time.Millisecond, files, ingest.Progress{Extracted: 100}, "ingesting [>                   ] 2%  100/5000 articles"},
			{700 * time.Millisecond, nil, ingest.Progress{Extracted: 400}, "ingesting [=>                  ] 8%  400/5000 articles"},
			// a second after the first sample of the total: 900 in 1 s, 4000 left
			{1200 * time.Millisecond, nil, ingest.Progress{Extracted: 1000, Stored: 1000}, "ingesting [====>               ] 20%  1000/5000 articles  900 articles/s  4s left"},
			{6200 * time.Millisecond, nil, ingest.Progress{Extracted: 5000, Stored: 4000}, "ingesting [====================] 100%  5000/5000 articles  817 articles/s  storing the last articles"},
		}},
		{"a JSON Lines dump", []step{
			{0, dump, ingest.Progress{Extracted: 100, ReadBytes: 2e6}, "ingesting [>                   ] 1%  2.0/200.0 MB  100 articles"},
			{2 * time.Second, nil, ingest.Progress{Extracted: 2100, ReadBytes: 42e6}, "ingesting [====>               ] 21%  42.0/200.0 MB  2100 articles  20.0 MB/s  8s left"},
			// the rate of the last 10 s, not of the whole run
			{12 * time.Second, nil, ingest.Progress{Extracted: 2200, ReadBytes: 44e6}, "ingesting [====>               ] 22%  44.0/200.0 MB  2200 articles  200.0 kB/s  13m00s left"},
		}},
		{"a percentage that a product of floats would round down", []step{
			{0, &document.Inventory{Files: 3000, Bytes: 6e6, Articles: 3000}, ingest.Progress{Extracted: 870}, "ingesting [=====>              ] 29%  870/3000 articles"},
		}},
		{"standard input", []step{
			{0, &document.Inventory{Stdin: true, Articles: -1}, ingest.Progress{Extracted: 1}, "ingesting 1 article"},
			{3 * time.Second, nil, ingest.Progress{Extracted: 301}, "ingesting 301 articles  100 articles/s"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w bytes.Buffer
			l := newProgressLine(&w)
			for _, s := range tt.steps {
				if s.inv != nil {
					l.setInventory(*s.inv)
				}
				l.update(s.p)
				w.Reset()
				l.draw(t0.Add(s.at))
				if got, want := w.String(), "\r"+s.want+"\x1b[K"; got != want {
					t.Errorf("at %v: got %q, want %q", s.at, got, want)
				}
			}
			w.Reset()
			l.stop()
			l.draw(t0.Add(time.Hour))
			if got := w.String(); got != "\r\x1b[K" {
				t.Errorf("after stop: %q, want the line cleared and nothing drawn", got)
			}
		})
	}
}

func TestTimeLeft(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0: "0s", 1400 * time.Millisecond: "1s", 59 * time.Second: "59s", 200 * time.Second: "3m20s", 3900 * time.Second: "1h05m",
	} {
		if got := timeLeft(d); got != want {
			t.Errorf("timeLeft(%v) = %q, want %q", d, got, want)
		}
	}
	if strings.Contains(timeLeft(100*time.Hour), "-") {
		t.Error("a long time is written with a minus")
	}
}
