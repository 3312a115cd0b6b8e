package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Distinct keeps the first occurrence of each element.
func Distinct[T comparable](xs []T) []T {
	seen := make(map[T]struct{}, len(xs))
	out := xs[:0:0]
	for _, x := range xs {
		if _, ok := seen[x]; !ok {
			seen[x] = struct{}{}
			out = append(out, x)
		}
	}
	return out
}

// DistinctBy keeps the first element for every distinct key.
func DistinctBy[T any, K comparable](xs []T, key func(T) K) []T {
	seen := map[K]bool{}
	var out []T
	for _, x := range xs {
		if k := key(x); !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}

// TopN returns the n largest elements according to cmpFn (stable).
func TopN[T any](xs []T, n int, cmpFn func(a, b T) int) []T {
	c := slices.Clone(xs)
	slices.SortStableFunc(c, func(a, b T) int { return cmpFn(b, a) })
	return c[:min(n, len(c))]
}

type Email string

func (e Email) Domain() string {
	_, d, _ := strings.Cut(string(e), "@")
	return d
}

type Player struct {
	Name  string
	Score int
	Team  string
}

func (p Player) String() string { return fmt.Sprintf("%s[%s]:%d", p.Name, p.Team, p.Score) }

func main() {
	fmt.Println(Distinct([]int{3, 1, 3, 2, 1, 5, 2}))
	fmt.Println(Distinct(strings.Split("b,a,b,c,a,d", ",")))

	emails := []Email{"ann@x.io", "bob@y.com", "ann@x.io", "cat@x.io", "dan@z.org", "eve@y.com"}
	fmt.Println("unique emails:", Distinct(emails))
	perDomain := DistinctBy(emails, Email.Domain)
	fmt.Println("one per domain:", perDomain)

	players := []Player{
		{"ana", 88, "red"}, {"ben", 95, "blue"}, {"cy", 88, "blue"},
		{"dee", 72, "red"}, {"eli", 99, "green"}, {"fay", 95, "red"},
	}
	byScore := func(a, b Player) int { return cmp.Compare(a.Score, b.Score) }
	fmt.Println("top3:", TopN(players, 3, byScore))
	fmt.Println("top10:", TopN(players, 10, byScore))
	fmt.Println("best per team:", DistinctBy(TopN(players, len(players), byScore), func(p Player) string { return p.Team }))

	byName := func(a, b Player) int { return strings.Compare(a.Name, b.Name) }
	fmt.Println("last 2 by name:", TopN(players, 2, byName))

	words := strings.Fields("the cat and the hat and the bat sat")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	uniq := Distinct(words)
	top := TopN(uniq, 3, func(a, b string) int {
		return cmp.Or(cmp.Compare(freq[a], freq[b]), strings.Compare(b, a))
	})
	for _, w := range top {
		fmt.Printf("%s=%d ", w, freq[w])
	}
	fmt.Println()
	fmt.Println("original untouched:", players[0], len(players))
}
