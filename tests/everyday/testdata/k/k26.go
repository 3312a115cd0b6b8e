package main

import (
	"bufio"
	"container/heap"
	"fmt"
	"strings"
	"unicode"
)

const reviews = `Great coffee, friendly staff. The espresso was rich and the pastries fresh!
Coffee was cold and the staff seemed rushed; pastries were stale.
Lovely espresso. Staff remembered my order — great service, great coffee.
Too noisy to work, but the coffee is great and the wifi is fast.
The pastries are overpriced. Coffee is fine. Staff friendly enough.
Best espresso in town; cold brew also great. Will return!`

var stop = map[string]bool{
	"the": true, "and": true, "was": true, "is": true, "to": true, "but": true,
	"in": true, "my": true, "are": true, "were": true, "also": true, "will": true, "too": true,
}

type wordCount struct {
	word  string
	count int
}

// minHeap keeps the top-k words; the root is the weakest of the current top k.
type minHeap []wordCount

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count < h[j].count
	}
	return h[i].word > h[j].word
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(wordCount)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func topK(counts map[string]int, k int) []wordCount {
	h := &minHeap{}
	for w, c := range counts {
		heap.Push(h, wordCount{w, c})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]wordCount, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(wordCount)
	}
	return out
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(reviews))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	bigrams := map[string]int{}
	var total, kept int
	prev := ""
	for sc.Scan() {
		total++
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}))
		if w == "" || stop[w] {
			prev = ""
			continue
		}
		kept++
		counts[w]++
		if prev != "" {
			bigrams[prev+" "+w]++
		}
		prev = w
	}
	fmt.Printf("tokens=%d kept=%d distinct=%d\n\n", total, kept, len(counts))

	fmt.Println("Top words:")
	for i, wc := range topK(counts, 8) {
		fmt.Printf("%2d. %-10s %2d %s\n", i+1, wc.word, wc.count, strings.Repeat("●", wc.count))
	}
	fmt.Println("\nTop bigrams:")
	for _, wc := range topK(bigrams, 4) {
		fmt.Printf("    %-18q %d\n", wc.word, wc.count)
	}

	// Naive sentiment from a tiny lexicon, scanned per line.
	lex := map[string]int{"great": 2, "lovely": 2, "best": 3, "fresh": 1, "friendly": 1, "rich": 1, "fast": 1,
		"cold": -1, "stale": -2, "rushed": -1, "noisy": -1, "overpriced": -2}
	fmt.Println("\nPer-review sentiment:")
	lines := bufio.NewScanner(strings.NewReader(reviews))
	for n := 1; lines.Scan(); n++ {
		score := 0
		for _, f := range strings.FieldsFunc(strings.ToLower(lines.Text()), func(r rune) bool { return !unicode.IsLetter(r) }) {
			score += lex[f]
		}
		label := "neutral"
		if score > 1 {
			label = "positive"
		} else if score < -1 {
			label = "negative"
		}
		snippet := lines.Text()
		if len([]rune(snippet)) > 32 {
			snippet = string([]rune(snippet)[:32]) + "…"
		}
		fmt.Printf("  #%d %+3d %-8s %s\n", n, score, label, snippet)
	}
}
