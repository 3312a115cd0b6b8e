package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode"
)

// CountingWriter wraps an io.Writer and counts bytes and lines.
type CountingWriter struct {
	io.Writer
	Bytes, Lines int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.Bytes += n
	c.Lines += strings.Count(string(p[:n]), "\n")
	return n, err
}

// PrefixWriter prefixes every line.
type PrefixWriter struct {
	w       io.Writer
	prefix  string
	midLine bool
}

func (p *PrefixWriter) Write(b []byte) (int, error) {
	for i, c := range b {
		if !p.midLine {
			if _, err := io.WriteString(p.w, p.prefix); err != nil {
				return i, err
			}
		}
		if _, err := p.w.Write([]byte{c}); err != nil {
			return i, err
		}
		p.midLine = c != '\n'
	}
	return len(b), nil
}

// LimitedWriter fails after N bytes.
type LimitedWriter struct {
	W io.Writer
	N int
}

type ErrShortWrite struct{ Wrote, Wanted int }

func (e ErrShortWrite) Error() string {
	return fmt.Sprintf("short write: %d of %d bytes", e.Wrote, e.Wanted)
}

func (l *LimitedWriter) Write(b []byte) (int, error) {
	if len(b) <= l.N {
		l.N -= len(b)
		return l.W.Write(b)
	}
	n, _ := l.W.Write(b[:l.N])
	l.N = 0
	return n, ErrShortWrite{n, len(b)}
}

// rot13Reader transforms an underlying reader.
type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := range n {
		c := rune(p[i])
		switch {
		case unicode.IsLower(c):
			p[i] = byte('a' + (c-'a'+13)%26)
		case unicode.IsUpper(c):
			p[i] = byte('A' + (c-'A'+13)%26)
		}
	}
	return n, err
}

type Row struct {
	Item  string
	Qty   int
	Price float64
}

func main() {
	var sb strings.Builder
	cw := &CountingWriter{Writer: &sb}
	pw := &PrefixWriter{w: cw, prefix: "| "}
	tw := tabwriter.NewWriter(pw, 0, 4, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	rows := []Row{{"apples", 12, 0.5}, {"bread", 1, 3.25}, {"cheese", 3, 7.9}, {"dates", 250, 0.02}}
	fmt.Fprintln(tw, "item\tqty\tprice\ttotal\t")
	sum := 0.0
	for _, r := range rows {
		t := float64(r.Qty) * r.Price
		sum += t
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.2f\t\n", r.Item, r.Qty, r.Price, t)
	}
	fmt.Fprintf(tw, "TOTAL\t\t\t%.2f\t\n", sum)
	tw.Flush()
	fmt.Print(sb.String())
	fmt.Printf("counted %d bytes, %d lines\n", cw.Bytes, cw.Lines)

	var out strings.Builder
	lw := &LimitedWriter{W: &out, N: 20}
	for _, s := range []string{"hello ", "limited ", "writer world"} {
		n, err := io.WriteString(lw, s)
		fmt.Printf("write %-14q n=%2d err=%v\n", s, n, err)
	}
	fmt.Printf("buffer: %q\n", out.String())

	src := strings.NewReader("Uryyb, Tbcure! Vagresnprf ner ovt.\nFrpbaq yvar urer.")
	sc := bufio.NewScanner(rot13Reader{src})
	for i := 1; sc.Scan(); i++ {
		fmt.Printf("decoded %d: %s\n", i, sc.Text())
	}
	var w io.Writer = cw
	_, isStringWriter := w.(io.StringWriter)
	_, innerIs := cw.Writer.(io.StringWriter)
	fmt.Println("CountingWriter is StringWriter:", isStringWriter, "| inner builder is:", innerIs)
	n, _ := io.Copy(io.Discard, io.LimitReader(strings.NewReader(strings.Repeat("x", 100)), 37))
	fmt.Println("copied through LimitReader:", n)
}
