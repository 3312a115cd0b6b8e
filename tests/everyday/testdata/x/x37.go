package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"unicode"
)

// splitComma yields comma-separated fields, trimming spaces.
func splitComma(data []byte, atEOF bool) (int, []byte, error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

// splitSentences splits on . ! ? followed by space or EOF.
func splitSentences(data []byte, atEOF bool) (int, []byte, error) {
	for i := 0; i < len(data); i++ {
		if c := data[i]; c == '.' || c == '!' || c == '?' {
			if i+1 < len(data) && data[i+1] == ' ' {
				return i + 2, data[:i+1], nil
			}
			if i+1 == len(data) && atEOF {
				return i + 1, data[:i+1], nil
			}
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha, beta ,gamma,, delta , epsilon"))
	sc.Split(splitComma)
	var fields []string
	for sc.Scan() {
		fields = append(fields, sc.Text())
	}
	fmt.Printf("%q\n", fields)

	text := "Hello there! How are you? I am fine. Thanks for asking. Bye"
	ss := bufio.NewScanner(strings.NewReader(text))
	ss.Split(splitSentences)
	n := 0
	for ss.Scan() {
		n++
		fmt.Printf("%d: %s\n", n, ss.Text())
	}

	ws := bufio.NewScanner(strings.NewReader("  the  quick\tbrown\n\nfox  "))
	ws.Split(bufio.ScanWords)
	cnt := 0
	for ws.Scan() {
		cnt++
	}
	fmt.Println("words:", cnt)

	rs := bufio.NewScanner(strings.NewReader("añb"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()

	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	small.Buffer(make([]byte, 16), 32)
	for small.Scan() {
		fmt.Println("line:", small.Text())
	}
	fmt.Println("err:", small.Err())

	input := `# inventory
name	qty	price
apple	12	0.5
watermelon	1	3.25
kiwi	150	0.2
`
	ls := bufio.NewScanner(strings.NewReader(input))
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, '.', 0)
	line := 0
	for ls.Scan() {
		line++
		t := ls.Text()
		if strings.HasPrefix(t, "#") || strings.TrimFunc(t, unicode.IsSpace) == "" {
			continue
		}
		fmt.Fprintf(tw, "%d\t%s\t\n", line, t)
	}
	tw.Flush()

	tw2 := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw2, "a\tbbb\tc\t")
	fmt.Fprintln(tw2, "aaaa\tb\tcccccc\t")
	fmt.Fprintln(tw2, "x\t\ty\t")
	tw2.Flush()

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d bytes? ", w.Buffered())
	fmt.Fprintf(w, "now %d\n", w.Buffered())
	w.Flush()
	r := bufio.NewReader(strings.NewReader("key=value\nrest"))
	k, _ := r.ReadString('=')
	b, _ := r.Peek(3)
	v, _, _ := r.ReadLine()
	fmt.Printf("%q %q %q\n", k, b, v)
}
