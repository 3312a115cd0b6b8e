// Word ladders: BFS over a small dictionary with a generic queue and path reconstruction.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}
func (q *Queue[T]) Len() int { return len(q.items) }

type Dictionary struct {
	words   map[string]bool
	buckets map[string][]string // pattern like "c*t" -> words
}

func NewDictionary(list string) *Dictionary {
	d := &Dictionary{words: map[string]bool{}, buckets: map[string][]string{}}
	for _, w := range strings.Fields(list) {
		if d.words[w] {
			continue
		}
		d.words[w] = true
		for i := range w {
			p := w[:i] + "*" + w[i+1:]
			d.buckets[p] = append(d.buckets[p], w)
		}
	}
	for _, b := range d.buckets {
		sort.Strings(b)
	}
	return d
}

func (d *Dictionary) Neighbors(w string) []string {
	var out []string
	for i := range w {
		for _, n := range d.buckets[w[:i]+"*"+w[i+1:]] {
			if n != w {
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	return out
}

var (
	ErrUnknownWord = errors.New("word not in dictionary")
	ErrNoLadder    = errors.New("no ladder exists")
)

func (d *Dictionary) Ladder(from, to string) ([]string, error) {
	for _, w := range []string{from, to} {
		if !d.words[w] {
			return nil, fmt.Errorf("%q: %w", w, ErrUnknownWord)
		}
	}
	prev := map[string]string{from: ""}
	q := &Queue[string]{}
	q.Push(from)
	for q.Len() > 0 {
		cur, _ := q.Pop()
		if cur == to {
			var path []string
			for w := to; w != ""; w = prev[w] {
				path = append([]string{w}, path...)
			}
			return path, nil
		}
		for _, n := range d.Neighbors(cur) {
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				q.Push(n)
			}
		}
	}
	return nil, ErrNoLadder
}

func (d *Dictionary) Components() [][]string {
	seen := map[string]bool{}
	keys := make([]string, 0, len(d.words))
	for w := range d.words {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	var comps [][]string
	for _, w := range keys {
		if seen[w] {
			continue
		}
		var comp []string
		stack := []string{w}
		seen[w] = true
		for len(stack) > 0 {
			cur := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, cur)
			for _, n := range d.Neighbors(cur) {
				if !seen[n] {
					seen[n] = true
					stack = append(stack, n)
				}
			}
		}
		sort.Strings(comp)
		comps = append(comps, comp)
	}
	return comps
}

const words = `cold cord card ward warm word worm wore core care dare date gate
game came cane lane line fine fire hire here hero zero cat cot cog dog dot
cut hut hot hit sit sat bat bag big bog fog lamp limp lime time tame tale
tile mile mild wild wind kind king ring rung sung sing song long lung`

func main() {
	d := NewDictionary(words)
	fmt.Printf("dictionary: %d words, %d patterns\n", len(d.words), len(d.buckets))
	pairs := [][2]string{
		{"cold", "warm"}, {"cat", "dog"}, {"game", "fire"}, {"hero", "zero"},
		{"lamp", "wind"}, {"king", "long"}, {"cold", "cat"}, {"warm", "xyzw"},
	}
	for _, p := range pairs {
		path, err := d.Ladder(p[0], p[1])
		switch {
		case errors.Is(err, ErrUnknownWord):
			fmt.Printf("%s -> %s: unknown word (%v)\n", p[0], p[1], err)
		case err != nil:
			fmt.Printf("%s -> %s: %v\n", p[0], p[1], err)
		default:
			fmt.Printf("%s -> %s (%d steps): %s\n", p[0], p[1], len(path)-1, strings.Join(path, " > "))
		}
	}
	fmt.Println("neighbors of 'care':", d.Neighbors("care"))
	for i, c := range d.Components() {
		fmt.Printf("component %d (%d): %s\n", i+1, len(c), strings.Join(c, ","))
	}
}
