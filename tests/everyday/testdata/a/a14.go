// Word frequency and n-gram counts using bufio.Scanner with custom split functions.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const corpus = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A quick brown dog? No -- the quick brown fox, again.
Data pipelines move data; data quality matters more than data volume.
Don't repeat yourself, but don't over-abstract either. It's fine.`

var stopwords = map[string]bool{"the": true, "a": true, "but": true, "than": true, "it's": true, "no": true}

// wordSplit is like bufio.ScanWords but also breaks on punctuation other than ' and -.
func wordSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	isSep := func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-')
	}
	start := 0
	for start < len(data) {
		r := rune(data[start])
		if !isSep(r) {
			break
		}
		start++
	}
	for i := start; i < len(data); i++ {
		if isSep(rune(data[i])) {
			return i + 1, data[start:i], nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

// sentenceSplit splits on . ! ? followed by whitespace or EOF.
func sentenceSplit(data []byte, atEOF bool) (int, []byte, error) {
	for i := 0; i < len(data); i++ {
		if bytes.IndexByte([]byte(".!?"), data[i]) >= 0 {
			if i+1 == len(data) || unicode.IsSpace(rune(data[i+1])) {
				return i + 1, bytes.TrimSpace(data[:i+1]), nil
			}
		}
	}
	if atEOF && len(bytes.TrimSpace(data)) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	if atEOF {
		return len(data), nil, nil
	}
	return 0, nil, nil
}

type counted struct {
	key string
	n   int
}

func top(m map[string]int, k int) []counted {
	out := make([]counted, 0, len(m))
	for key, n := range m {
		out = append(out, counted{key, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].n != out[j].n {
			return out[i].n > out[j].n
		}
		return out[i].key < out[j].key
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(corpus))
	sc.Split(wordSplit)
	freq := map[string]int{}
	bigrams := map[string]int{}
	var words []string
	for sc.Scan() {
		w := strings.Trim(strings.ToLower(sc.Text()), "-'")
		if w == "" {
			continue
		}
		words = append(words, w)
		if !stopwords[w] {
			freq[w]++
		}
	}
	for i := 1; i < len(words); i++ {
		bigrams[words[i-1]+" "+words[i]]++
	}
	fmt.Printf("tokens=%d distinct(non-stop)=%d\n\n", len(words), len(freq))

	fmt.Println("Top words:")
	for i, c := range top(freq, 8) {
		fmt.Printf("%2d. %-10s %2d %s\n", i+1, c.key, c.n, strings.Repeat("*", c.n))
	}
	fmt.Println("\nTop bigrams:")
	for _, c := range top(bigrams, 5) {
		fmt.Printf("    %-16q %d\n", c.key, c.n)
	}

	fmt.Println("\nSentences:")
	ss := bufio.NewScanner(strings.NewReader(corpus))
	ss.Split(sentenceSplit)
	n := 0
	for ss.Scan() {
		n++
		s := strings.Join(strings.Fields(ss.Text()), " ")
		fmt.Printf("%2d (%2d words) %s\n", n, len(strings.Fields(s)), s)
	}

	fmt.Println("\nLine lengths:")
	ls := bufio.NewScanner(strings.NewReader(corpus))
	for i := 1; ls.Scan(); i++ {
		fmt.Printf("  line %d: %3d chars, %2d fields\n", i, len(ls.Text()), len(strings.Fields(ls.Text())))
	}

	// Small buffer to demonstrate ErrTooLong handling.
	tiny := bufio.NewScanner(strings.NewReader(corpus))
	tiny.Buffer(make([]byte, 16), 32)
	for tiny.Scan() {
	}
	fmt.Println("\ntiny buffer scan error:", tiny.Err())
}
