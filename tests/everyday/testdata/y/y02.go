package main

import (
	"bufio"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A lazy afternoon: dogs, foxes, and one very quick cat.

Numbers like 42 and 7 are ignored, but CAPS are lowered.`

func normalize(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r)
	}))
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	lineNo := 0
	counts := map[string]int{}
	longest := ""
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			fmt.Printf("line %d: <blank>\n", lineNo)
			continue
		}
		words := strings.Fields(line)
		fmt.Printf("line %d: %d words, %d runes\n", lineNo, len(words), len([]rune(line)))
		for _, w := range words {
			n := normalize(w)
			if n == "" {
				continue
			}
			counts[n]++
			if len(n) > len(longest) || (len(n) == len(longest) && n < longest) {
				longest = n
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("scan error:", err)
	}

	keys := slices.Sorted(maps.Keys(counts))
	slices.SortStableFunc(keys, func(a, b string) int { return counts[b] - counts[a] })
	fmt.Println("top words:")
	for _, k := range keys[:6] {
		fmt.Printf("  %-8q %d\n", k, counts[k])
	}
	fmt.Println("distinct:", len(counts), "longest:", longest)

	// letter classes
	var upper, lower, digit, punct, space int
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
			digit++
		case unicode.IsPunct(r):
			punct++
		case unicode.IsSpace(r):
			space++
		}
	}
	fmt.Printf("upper=%d lower=%d digit=%d punct=%d space=%d\n", upper, lower, digit, punct, space)

	// word scanner
	ws := bufio.NewScanner(strings.NewReader("alpha  beta\tgamma\n\ndelta"))
	ws.Split(bufio.ScanWords)
	var b strings.Builder
	for ws.Scan() {
		if b.Len() > 0 {
			b.WriteString("|")
		}
		b.WriteString(strings.ToUpper(ws.Text()[:1]) + ws.Text()[1:])
	}
	fmt.Println(b.String())

	title := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return unicode.ToUpper(r)
	}, "hello go world")
	fmt.Println(title)
	fmt.Println(strings.Repeat("=", 20))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 3))
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.Count("cheese", "e"))
}
