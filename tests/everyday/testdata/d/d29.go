package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"unicode"
)

// countingWriter decorates an io.Writer with byte and call counters.
type countingWriter struct {
	w            io.Writer
	bytes, calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.bytes += n
	c.calls++
	return n, err
}

// prefixWriter inserts a prefix at the start of every line.
type prefixWriter struct {
	w       io.Writer
	prefix  string
	midLine bool
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	var out bytes.Buffer
	for _, c := range b {
		if !p.midLine {
			out.WriteString(p.prefix)
			p.midLine = true
		}
		out.WriteByte(c)
		if c == '\n' {
			p.midLine = false
		}
	}
	if _, err := p.w.Write(out.Bytes()); err != nil {
		return 0, err
	}
	return len(b), nil
}

// redactWriter masks digits, e.g. to keep card numbers out of logs.
type redactWriter struct{ w io.Writer }

func (r redactWriter) Write(b []byte) (int, error) {
	masked := bytes.Map(func(c rune) rune {
		if unicode.IsDigit(c) {
			return '#'
		}
		return c
	}, b)
	_, err := r.w.Write(masked)
	return len(b), err
}

// limitWriter fails once a byte budget is exhausted.
type limitWriter struct {
	w      io.Writer
	remain int
}

var errBudget = fmt.Errorf("write budget exhausted")

func (l *limitWriter) Write(b []byte) (int, error) {
	if len(b) > l.remain {
		n, _ := l.w.Write(b[:l.remain])
		l.remain = 0
		return n, errBudget
	}
	l.remain -= len(b)
	return l.w.Write(b)
}

// upperReader decorates an io.Reader.
type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

func main() {
	var sink bytes.Buffer
	hash := crc32.NewIEEE()
	counter := &countingWriter{w: io.MultiWriter(&sink, hash)}
	logw := &prefixWriter{w: redactWriter{counter}, prefix: "[app] "}

	fmt.Fprintf(logw, "user %s paid with card 4111 1111 1111 1234\n", "kim")
	fmt.Fprint(logw, "partial line ... ")
	fmt.Fprint(logw, "continued, order 7781\nsecond line\n")
	io.WriteString(logw, "total 59.99 EUR\n")

	fmt.Print(sink.String())
	fmt.Printf("-- %d bytes in %d writes, crc32=%08x\n\n", counter.bytes, counter.calls, hash.Sum32())

	var small bytes.Buffer
	lw := &limitWriter{w: &small, remain: 24}
	for i, s := range []string{"first chunk\n", "second chunk\n", "third\n"} {
		n, err := io.WriteString(lw, s)
		fmt.Printf("write %d: n=%-2d err=%v\n", i+1, n, err)
	}
	fmt.Printf("limited buffer: %q\n\n", small.String())

	src := upperReader{strings.NewReader("the quick brown fox\njumps over the lazy dog\n")}
	var copyDst strings.Builder
	pw := &prefixWriter{w: &copyDst, prefix: "> "}
	n, err := io.Copy(pw, io.LimitReader(src, 30))
	fmt.Printf("copied %d bytes err=%v\n%s\n", n, err, copyDst.String())

	tee := io.TeeReader(strings.NewReader("abc123xyz"), redactWriter{&small})
	all, _ := io.ReadAll(upperReader{tee})
	fmt.Printf("\nread through tee+upper: %s; side channel now %q\n", all, small.String())

	var discard countingWriter
	discard.w = io.Discard
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&discard, "line %d\n", i)
	}
	fmt.Printf("discarded %d bytes in %d calls\n", discard.bytes, discard.calls)
}
