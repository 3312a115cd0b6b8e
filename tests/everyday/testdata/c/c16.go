// A generic channel pipeline for indexing documents: source -> map -> filter
// -> parallel map -> ordered collection.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
)

func Source[T any](items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

func MapStage[In, Out any](in <-chan In, f func(In) Out) <-chan Out {
	out := make(chan Out)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func FilterStage[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

// ParallelMap runs f on `workers` goroutines; output order is not preserved.
func ParallelMap[In, Out any](in <-chan In, workers int, f func(In) Out) <-chan Out {
	out := make(chan Out)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for v := range in {
				out <- f(v)
			}
		})
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

type Doc struct {
	ID   int
	Body string
}

type Indexed struct {
	ID     int
	Words  int
	Counts map[string]int
}

var stop = map[string]bool{"the": true, "a": true, "of": true, "and": true, "to": true, "in": true, "is": true}

func tokenize(d Doc) Indexed {
	idx := Indexed{ID: d.ID, Counts: map[string]int{}}
	words := strings.FieldsFunc(strings.ToLower(d.Body), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for _, w := range words {
		idx.Words++
		if !stop[w] && len(w) > 2 {
			idx.Counts[w]++
		}
	}
	return idx
}

func main() {
	docs := []Doc{
		{1, "The quick brown fox jumps over the lazy dog."},
		{2, "A lazy afternoon in the garden; the dog sleeps."},
		{3, ""},
		{4, "Brown bread and brown butter: a recipe of the north."},
		{5, "Foxes and dogs: a field guide to the garden wildlife."},
		{6, "   "},
		{7, "The quick reader reads the quick guide quickly."},
	}

	nonEmpty := FilterStage(Source(docs...), func(d Doc) bool { return strings.TrimSpace(d.Body) != "" })
	trimmed := MapStage(nonEmpty, func(d Doc) Doc { d.Body = strings.TrimSpace(d.Body); return d })
	indexed := Collect(ParallelMap(trimmed, 3, tokenize))
	slices.SortFunc(indexed, func(a, b Indexed) int { return cmp.Compare(a.ID, b.ID) })

	postings := map[string][]int{}
	totals := map[string]int{}
	for _, ix := range indexed {
		top := slices.SortedFunc(maps.Keys(ix.Counts), func(a, b string) int {
			return cmp.Or(cmp.Compare(ix.Counts[b], ix.Counts[a]), cmp.Compare(a, b))
		})
		fmt.Printf("doc %d: %2d words, %d terms, top=%v\n", ix.ID, ix.Words, len(ix.Counts), top[:min(3, len(top))])
		for term, n := range ix.Counts {
			postings[term] = append(postings[term], ix.ID)
			totals[term] += n
		}
	}
	for _, ids := range postings {
		slices.Sort(ids)
	}

	fmt.Println("\nterms appearing in more than one document:")
	for _, t := range slices.Sorted(maps.Keys(postings)) {
		if len(postings[t]) > 1 {
			fmt.Printf("  %-8s docs=%v total=%d\n", t, postings[t], totals[t])
		}
	}

	query := func(terms ...string) []int {
		var result []int
		for i, t := range terms {
			ids := postings[t]
			if i == 0 {
				result = slices.Clone(ids)
				continue
			}
			result = slices.DeleteFunc(result, func(id int) bool {
				_, found := slices.BinarySearch(ids, id)
				return !found
			})
		}
		return result
	}
	fmt.Println("\nqueries:")
	for _, q := range [][]string{{"brown"}, {"quick"}, {"lazy", "dog"}, {"garden", "guide"}, {"fox", "wildlife"}} {
		fmt.Printf("  %-18s -> %v\n", strings.Join(q, " AND "), query(q...))
	}

	// The same stages work with other types: squares of odd numbers, in parallel.
	nums := Collect(ParallelMap(FilterStage(Source(slices.Collect(rangeN(1, 15))...), isOdd), 4, square))
	slices.Sort(nums)
	fmt.Println("\nodd squares:", nums)
}

func rangeN(lo, hi int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := lo; i <= hi; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func isOdd(n int) bool { return n%2 == 1 }
func square(n int) int { return n * n }
