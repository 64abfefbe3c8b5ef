package cli

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"kg/ingest"
	"kg/ingest/document"
)

// progressLine draws how far an ingest has got, on one line of a terminal
// redrawn in place:
//
//	ingesting [=======>             ] 36%  1812/5000 articles  602 articles/s  5s left
//	ingesting [==>                  ] 12%  24.1/205.0 MB  11802 articles  3.1 MB/s  58s left
//
// The total is what document.Survey counted: articles when every input
// holds one, else bytes. Until it is known, and for standard input, the
// line gives the count and the rate only. The rate is that of the last
// rateWindow, and is shown once a second of it has passed, so that it
// is never the quotient of a tiny time.
type progressLine struct {
	mu    sync.Mutex
	w     io.Writer
	inv   document.Inventory
	known bool // inv is set
	p     ingest.Progress
	// samples of (time, amount done) for the rate, oldest first
	samples []progressSample
	drawn   bool // a line is on the screen
	stopped bool // no more drawing
}

type progressSample struct {
	at   time.Time
	done float64
}

const (
	rateWindow = 10 * time.Second
	rateMin    = time.Second
	barWidth   = 20
)

func newProgressLine(w io.Writer) *progressLine { return &progressLine{w: w} }

// setInventory gives the total to measure against.
func (l *progressLine) setInventory(inv document.Inventory) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.inv, l.known = inv, true
	l.samples = l.samples[:0] // the amount measured may change unit
}

// update records how far the ingest has got; it draws nothing.
func (l *progressLine) update(p ingest.Progress) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if p.Extracted >= l.p.Extracted {
		l.p.Extracted, l.p.ReadBytes = p.Extracted, p.ReadBytes
	}
	l.p.Stored = max(l.p.Stored, p.Stored)
}

// draw redraws the line as of now.
func (l *progressLine) draw(now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.stopped {
		return
	}
	fmt.Fprint(l.w, "\r"+l.render(now)+"\x1b[K")
	l.drawn = true
}

// clear takes the line off the screen, for a message; the next draw puts
// it back.
func (l *progressLine) clear() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.clearLocked()
}

func (l *progressLine) clearLocked() {
	if l.drawn {
		fmt.Fprint(l.w, "\r\x1b[K")
		l.drawn = false
	}
}

// stop clears the line for good.
func (l *progressLine) stop() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.clearLocked()
	l.stopped = true
}

// run draws the line every interval until done is closed, then clears it.
func (l *progressLine) run(interval time.Duration, done <-chan struct{}) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-done:
			l.stop()
			return
		case now := <-t.C:
			l.draw(now)
		}
	}
}

// render is the line as of now (l.mu held).
func (l *progressLine) render(now time.Time) string {
	var done, total float64
	byBytes := false
	switch {
	case l.known && l.inv.Articles > 0 && !l.inv.Stdin:
		done, total = float64(l.p.Extracted), float64(l.inv.Articles)
	case l.known && l.inv.Bytes > 0 && !l.inv.Stdin:
		done, total, byBytes = float64(l.p.ReadBytes), float64(l.inv.Bytes), true
	default:
		done = float64(l.p.Extracted)
	}
	rate := l.rate(now, done)

	var b strings.Builder
	b.WriteString("ingesting ")
	if total > 0 {
		frac := min(done/total, 1)
		filled := int(frac * barWidth)
		b.WriteString("[" + strings.Repeat("=", filled))
		if filled < barWidth {
			b.WriteString(">" + strings.Repeat(" ", barWidth-filled-1))
		}
		// done*100/total, not frac*100: 870/3000 is 0.29, and 0.29*100
		// falls short of 29
		fmt.Fprintf(&b, "] %d%%  ", int(min(done*100/total, 100)))
	}
	switch {
	case byBytes:
		unit, div := byteUnit(total)
		fmt.Fprintf(&b, "%.1f/%.1f %s  %s", done/div, total/div, unit, count(l.p.Extracted, "article"))
	case total > 0:
		fmt.Fprintf(&b, "%d/%d articles", int(done), int(total))
	default:
		b.WriteString(count(l.p.Extracted, "article"))
	}
	if rate > 0 {
		if byBytes {
			unit, div := byteUnit(rate)
			fmt.Fprintf(&b, "  %.1f %s/s", rate/div, unit)
		} else {
			fmt.Fprintf(&b, "  %.0f articles/s", rate)
		}
		if total > done {
			b.WriteString("  " + timeLeft(time.Duration((total-done)/rate*float64(time.Second))) + " left")
		}
	}
	if total > 0 && done >= total && l.p.Stored < l.p.Extracted {
		b.WriteString("  storing the last articles")
	}
	return b.String()
}

// rate records a sample and returns the amount done per second over the
// last rateWindow; 0 until rateMin has passed since the first sample.
func (l *progressLine) rate(now time.Time, done float64) float64 {
	l.samples = append(l.samples, progressSample{now, done})
	for len(l.samples) > 2 && now.Sub(l.samples[1].at) >= rateWindow {
		l.samples = l.samples[1:]
	}
	first := l.samples[0]
	span := now.Sub(first.at)
	if span < rateMin || done < first.done {
		return 0
	}
	return (done - first.done) / span.Seconds()
}

// byteUnit chooses the unit for an amount of bytes.
func byteUnit(n float64) (string, float64) {
	switch {
	case n >= 1e9:
		return "GB", 1e9
	case n >= 1e6:
		return "MB", 1e6
	}
	return "kB", 1e3
}

// timeLeft writes a duration as a person reads it: 45s, 3m20s, 1h05m.
func timeLeft(d time.Duration) string {
	d = d.Round(time.Second)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
}
