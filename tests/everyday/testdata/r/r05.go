package main

import (
	"bufio"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

const corpus = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its
being received, for good or for evil, in the superlative degree of comparison
only.`

var stopwords = map[string]bool{
	"the": true, "of": true, "it": true, "was": true, "to": true, "we": true,
	"in": true, "on": true, "or": true, "for": true, "its": true, "that": true,
	"so": true, "all": true, "had": true, "us": true, "were": true,
}

type WordCount struct {
	Word  string
	Count int
}

type Freq struct {
	counts map[string]int
	total  int
}

func NewFreq() *Freq { return &Freq{counts: map[string]int{}} }

func (f *Freq) Add(w string) {
	f.counts[w]++
	f.total++
}

func (f *Freq) Top(n int, keep func(string) bool) []WordCount {
	var wcs []WordCount
	for w, c := range f.counts {
		if keep(w) {
			wcs = append(wcs, WordCount{w, c})
		}
	}
	slices.SortFunc(wcs, func(a, b WordCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Word, b.Word))
	})
	return wcs[:min(n, len(wcs))]
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(corpus))
	sc.Split(bufio.ScanWords)
	f := NewFreq()
	lengths := map[int]int{}
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w == "" {
			continue
		}
		f.Add(w)
		lengths[len(w)]++
	}
	fmt.Printf("tokens=%d unique=%d type/token=%.3f\n", f.total, len(f.counts), float64(len(f.counts))/float64(f.total))

	fmt.Println("\nTop 10 (all words):")
	for i, wc := range f.Top(10, func(string) bool { return true }) {
		fmt.Printf("%2d. %-8s %3d\n", i+1, wc.Word, wc.Count)
	}
	fmt.Println("\nTop 10 (no stopwords):")
	top := f.Top(10, func(w string) bool { return !stopwords[w] })
	maxC := top[0].Count
	for i, wc := range top {
		bar := strings.Repeat("█", wc.Count*20/maxC)
		fmt.Printf("%2d. %-12s %2d %s\n", i+1, wc.Word, wc.Count, bar)
	}

	fmt.Println("\nWord length distribution:")
	ls := make([]int, 0, len(lengths))
	for l := range lengths {
		ls = append(ls, l)
	}
	slices.Sort(ls)
	for _, l := range ls {
		fmt.Printf("  len %2d: %3d\n", l, lengths[l])
	}

	hapax := 0
	for _, c := range f.counts {
		if c == 1 {
			hapax++
		}
	}
	fmt.Printf("\nhapax legomena: %d (%.1f%% of vocabulary)\n", hapax, 100*float64(hapax)/float64(len(f.counts)))
}
