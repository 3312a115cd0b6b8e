// Readability report for short texts built on lazy sentence and word iterators.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// Sentences splits text on '.', '!' and '?' lazily.
func Sentences(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := 0
		for i, r := range text {
			if r == '.' || r == '!' || r == '?' {
				if s := strings.TrimSpace(text[start : i+1]); len(s) > 1 {
					if !yield(s) {
						return
					}
				}
				start = i + 1
			}
		}
		if s := strings.TrimSpace(text[start:]); s != "" {
			yield(s)
		}
	}
}

// Words yields lower-cased words with surrounding punctuation removed.
func Words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for f := range strings.FieldsSeq(s) {
			w := strings.ToLower(strings.TrimFunc(f, func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsDigit(r)
			}))
			if w != "" && !yield(w) {
				return
			}
		}
	}
}

func FlatMap[A, B any](seq iter.Seq[A], f func(A) iter.Seq[B]) iter.Seq[B] {
	return func(yield func(B) bool) {
		for a := range seq {
			for b := range f(a) {
				if !yield(b) {
					return
				}
			}
		}
	}
}

// Pairs yields consecutive pairs (bigrams).
func Pairs[T any](seq iter.Seq[T]) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		var prev T
		first := true
		for v := range seq {
			if !first && !yield(prev, v) {
				return
			}
			prev, first = v, false
		}
	}
}

func Count[T any](seq iter.Seq[T]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

// syllables is a rough vowel-group heuristic, good enough for English prose.
func syllables(w string) int {
	n, prevVowel := 0, false
	for _, r := range w {
		v := strings.ContainsRune("aeiouy", r)
		if v && !prevVowel {
			n++
		}
		prevVowel = v
	}
	if strings.HasSuffix(w, "e") && n > 1 && !strings.HasSuffix(w, "le") {
		n--
	}
	return max(n, 1)
}

type Report struct {
	Sentences, Words, Syllables int
	Flesch                      float64
}

func analyse(text string) Report {
	var r Report
	r.Sentences = Count(Sentences(text))
	for w := range FlatMap(Sentences(text), Words) {
		r.Words++
		r.Syllables += syllables(w)
	}
	if r.Sentences > 0 && r.Words > 0 {
		r.Flesch = 206.835 - 1.015*float64(r.Words)/float64(r.Sentences) - 84.6*float64(r.Syllables)/float64(r.Words)
	}
	return r
}

var texts = map[string]string{
	"children": "The cat sat on the mat. The dog ran to the cat. They played all day! Was it fun? Yes, it was.",
	"news":     "The city council approved the new budget on Tuesday. Officials said the plan increases funding for public transport and repairs to ageing bridges. Critics argued the proposal lacked detail.",
	"legal":    "Notwithstanding any provision to the contrary, the licensee shall indemnify the licensor against all liabilities arising from unauthorised modification of the software. Termination of this agreement shall not affect accrued obligations.",
}

func main() {
	for _, name := range slices.Sorted(maps.Keys(texts)) {
		r := analyse(texts[name])
		fmt.Printf("%-9s sentences=%d words=%2d syllables=%3d flesch=%6.1f\n",
			name, r.Sentences, r.Words, r.Syllables, r.Flesch)
	}

	fmt.Println("\nsentences of 'news':")
	for s := range Sentences(texts["news"]) {
		fmt.Printf("  [%2d words] %s\n", Count(Words(s)), s)
	}

	all := strings.Join([]string{texts["children"], texts["news"], texts["legal"]}, " ")
	freq := map[string]int{}
	for w := range FlatMap(Sentences(all), Words) {
		if len(w) > 3 {
			freq[w]++
		}
	}
	top := slices.SortedFunc(maps.Keys(freq), func(a, b string) int {
		return cmp.Or(cmp.Compare(freq[b], freq[a]), cmp.Compare(a, b))
	})
	fmt.Println("\nmost frequent words longer than 3 letters:")
	for _, w := range top[:6] {
		fmt.Printf("  %-10s %d\n", w, freq[w])
	}

	bigrams := map[string]int{}
	for s := range Sentences(all) {
		for a, b := range Pairs(Words(s)) {
			bigrams[a+" "+b]++
		}
	}
	repeated := slices.Collect(func(yield func(string) bool) {
		for _, bg := range slices.Sorted(maps.Keys(bigrams)) {
			if bigrams[bg] > 1 && !yield(bg) {
				return
			}
		}
	})
	fmt.Println("\nrepeated bigrams:", repeated)

	long := slices.SortedFunc(maps.Keys(freq), func(a, b string) int {
		return cmp.Or(cmp.Compare(syllables(b), syllables(a)), cmp.Compare(a, b))
	})
	fmt.Println("\nmost syllables:")
	for _, w := range long[:5] {
		fmt.Printf("  %-16s %d\n", w, syllables(w))
	}
}
