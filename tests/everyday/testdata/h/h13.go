// h13: bufio.Scanner with a custom SplitFunc for blank-line separated multi-line records.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strings"
)

// Stack traces and multi-line log entries separated by one or more blank lines.
const input = `2024-06-01 10:00:00 ERROR payment failed
  at charge (billing.go:42)
  at handler (http.go:88)

2024-06-01 10:00:05 INFO request served


2024-06-01 10:00:09 ERROR payment failed
  at charge (billing.go:42)
  at retry (retry.go:17)
  at handler (http.go:88)
` + "\r\n" + `2024-06-01 10:01:00 WARN disk 91% full
  mount=/var/lib/data
`

// scanParagraphs splits on runs of blank lines ("\n\n", tolerating "\r\n").
func scanParagraphs(data []byte, atEOF bool) (advance int, token []byte, err error) {
	// Skip leading newlines.
	start := 0
	for start < len(data) && (data[start] == '\n' || data[start] == '\r') {
		start++
	}
	for i := start; i < len(data); i++ {
		if data[i] != '\n' {
			continue
		}
		j := i + 1
		if j < len(data) && data[j] == '\r' {
			j++
		}
		if j < len(data) && data[j] == '\n' {
			return j + 1, bytes.TrimRight(data[start:i], "\r"), nil
		}
		if j >= len(data) && !atEOF {
			return start, nil, nil // need more data to decide
		}
	}
	if atEOF && start < len(data) {
		return len(data), bytes.TrimRight(data[start:], "\r\n"), nil
	}
	return start, nil, nil
}

type record struct {
	level, message string
	frames         []string
}

func main() {
	// A tiny buffer forces the split function to handle partial reads.
	sc := bufio.NewScanner(bufio.NewReaderSize(strings.NewReader(input), 16))
	sc.Buffer(make([]byte, 8), 1024)
	sc.Split(scanParagraphs)

	var recs []record
	for sc.Scan() {
		lines := strings.Split(sc.Text(), "\n")
		head := strings.Fields(lines[0])
		r := record{level: head[2], message: strings.Join(head[3:], " ")}
		for _, l := range lines[1:] {
			r.frames = append(r.frames, strings.TrimSpace(l))
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		panic(err)
	}

	for i, r := range recs {
		fmt.Printf("#%d %-5s %-22q frames=%d\n", i+1, r.level, r.message, len(r.frames))
	}

	// Group errors by message + top frame to find recurring failures.
	sig := map[string]int{}
	for _, r := range recs {
		if r.level != "ERROR" || len(r.frames) == 0 {
			continue
		}
		sig[r.message+" @ "+r.frames[0]]++
	}
	keys := make([]string, 0, len(sig))
	for k := range sig {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println("\nerror signatures:")
	for _, k := range keys {
		fmt.Printf("  %dx %s\n", sig[k], k)
	}

	// Also demonstrate the same splitter on a tiny edge case.
	edge := bufio.NewScanner(strings.NewReader("\n\n\nonly\nrecord\n\n\n"))
	edge.Split(scanParagraphs)
	for edge.Scan() {
		fmt.Printf("edge token: %q\n", edge.Text())
	}
}
