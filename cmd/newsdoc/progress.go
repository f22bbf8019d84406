package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// isTerminal reports whether w is a terminal (a character device). A
// variable so that tests can pretend.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressEvery is how often the progress line is redrawn.
var progressEvery = 250 * time.Millisecond

// progress counts what a parse run did, and shows it on a terminal as one
// line on stderr, redrawn in place; it writes nothing when stderr is
// piped. All stderr output of the run goes through it, so that a warning
// does not land in the middle of the progress line.
type progress struct {
	mu       sync.Mutex
	w        io.Writer
	live     bool // redraw a progress line
	drawn    bool // a progress line is on the screen
	start    time.Time
	files    atomic.Int64
	articles atomic.Int64
	bytes    atomic.Int64 // input bytes of the articles parsed
	errors   atomic.Int64
	warnings atomic.Int64
	stop     chan struct{}
	done     chan struct{}
}

func newProgress(w io.Writer, live bool) *progress {
	p := &progress{w: w, live: live, start: time.Now(), stop: make(chan struct{}), done: make(chan struct{})}
	if !live {
		close(p.done)
		return p
	}
	go func() {
		defer close(p.done)
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.mu.Lock()
				fmt.Fprintf(p.w, "\r%s\033[K", p.line())
				p.drawn = true
				p.mu.Unlock()
			}
		}
	}()
	return p
}

// Write writes stderr text, first clearing the progress line.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		io.WriteString(p.w, "\r\033[K")
		p.drawn = false
	}
	return p.w.Write(b)
}

// line is the text of the progress line and of the summary.
func (p *progress) line() string {
	secs := time.Since(p.start).Seconds()
	mb := float64(p.bytes.Load()) / 1e6
	rate := 0.0
	if secs > 0 {
		rate = mb / secs
	}
	return fmt.Sprintf("newsdoc: %d files, %d articles, %.1f MB in %.1f s (%.1f MB/s), %d errors, %d warnings",
		p.files.Load(), p.articles.Load(), mb, secs, rate, p.errors.Load(), p.warnings.Load())
}

// finish stops the progress line and, when asked, prints the summary.
func (p *progress) finish(summary bool) {
	if p.live {
		close(p.stop)
	}
	<-p.done
	if summary {
		fmt.Fprintln(p, p.line())
	} else {
		p.Write(nil) // clear the progress line
	}
}
