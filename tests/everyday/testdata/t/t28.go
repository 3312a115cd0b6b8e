package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times;
it was the age of wisdom, it was the age of foolishness...
Ça va? Naïve café-goers said: "wisdom!"`

type wordCount struct {
	word  string
	count int
}

func caesar(s string, shift int) string {
	out := []rune(s)
	for i, r := range out {
		switch {
		case r >= 'a' && r <= 'z':
			out[i] = 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			out[i] = 'A' + (r-'A'+rune(shift)+26)%26
		}
	}
	return string(out)
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	})
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	var wcs []wordCount
	for w, c := range freq {
		wcs = append(wcs, wordCount{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].count != wcs[j].count {
			return wcs[i].count > wcs[j].count
		}
		return wcs[i].word < wcs[j].word
	})
	fmt.Println("words:", len(words), "unique:", len(freq))
	for _, wc := range wcs[:6] {
		fmt.Printf("%-8s %2d %s\n", wc.word, wc.count, strings.Repeat("*", wc.count))
	}

	var letters, upper, punct, spaces, nonASCII int
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			upper++
			fallthrough
		case unicode.IsLetter(r):
			letters++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		}
		if r > unicode.MaxASCII {
			nonASCII++
		}
	}
	fmt.Println(letters, upper, punct, spaces, nonASCII, len(text))

	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d: %3d bytes, %3d runes, first=%q\n", i, len(l), len([]rune(l)), []rune(l)[0])
	}
	enc := caesar("Hello, World! zZ", 3)
	fmt.Println(enc, caesar(enc, -3))
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len([]rune(w))] = append(byLen[len([]rune(w))], w)
	}
	lens := make([]int, 0, len(byLen))
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		sort.Strings(byLen[l])
		fmt.Println(l, byLen[l])
	}
}
