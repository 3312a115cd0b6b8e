package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Purchase struct {
	Customer string
	Browser  string
	Country  string
	Amount   float64
}

var countries = []string{"US", "US", "US", "DE", "FR", "US", "GB", "DE", "IN", "BR", "US", "JP", "GB", "CA", "US", "DE", "MX", "US", "NL", "SE"}
var browsers = []string{"Chrome", "Chrome", "Safari", "Firefox", "Chrome", "Edge", "Safari", "Chrome", "Opera", "Chrome", "Brave"}

func gen() []Purchase {
	var ps []Purchase
	for i := 0; i < 75; i++ {
		c := countries[(i*7+i/3)%len(countries)]
		b := browsers[(i*5+i/4)%len(browsers)]
		amt := 10 + float64((i*37)%90) + float64(i%7)*0.49
		ps = append(ps, Purchase{fmt.Sprintf("c%03d", i%40), b, c, amt})
	}
	return ps
}

type Count struct {
	Value string
	N     int
}

// ValueCounts returns counts sorted desc by N then asc by value, like Series.value_counts().
func ValueCounts[T any](xs []T, key func(T) string) []Count {
	m := map[string]int{}
	for _, x := range xs {
		m[key(x)]++
	}
	out := make([]Count, 0, len(m))
	for v, n := range m {
		out = append(out, Count{v, n})
	}
	slices.SortFunc(out, func(a, b Count) int {
		return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.Value, b.Value))
	})
	return out
}

// TopN keeps the first n categories and lumps the rest into "Other".
func TopN(cs []Count, n int) []Count {
	if len(cs) <= n {
		return cs
	}
	out := slices.Clone(cs[:n])
	other := Count{"Other", 0}
	for _, c := range cs[n:] {
		other.N += c.N
	}
	return append(out, other)
}

func printCounts(title string, cs []Count, total int) {
	fmt.Println(title)
	cum := 0
	for _, c := range cs {
		cum += c.N
		share := float64(c.N) / float64(total)
		fmt.Printf("  %-8s %3d  %5.1f%%  cum %5.1f%%  %s\n", c.Value, c.N, share*100,
			100*float64(cum)/float64(total), strings.Repeat("o", c.N/2))
	}
}

func main() {
	ps := gen()
	fmt.Printf("%d purchases\n\n", len(ps))

	byCountry := ValueCounts(ps, func(p Purchase) string { return p.Country })
	printCounts(fmt.Sprintf("country value_counts (%d unique):", len(byCountry)), byCountry, len(ps))
	fmt.Println()
	printCounts("country top-5 + Other:", TopN(byCountry, 5), len(ps))
	fmt.Println()
	printCounts("browser top-3 + Other:", TopN(ValueCounts(ps, func(p Purchase) string { return p.Browser }), 3), len(ps))

	// nunique customers and repeat buyers
	perCust := ValueCounts(ps, func(p Purchase) string { return p.Customer })
	repeat := 0
	for _, c := range perCust {
		if c.N > 1 {
			repeat++
		}
	}
	fmt.Printf("\ncustomers: nunique=%d repeat=%d (%.1f%%)\n", len(perCust), repeat, 100*float64(repeat)/float64(len(perCust)))

	// revenue share by the lumped country categories
	keep := map[string]bool{}
	for _, c := range TopN(byCountry, 5)[:5] {
		keep[c.Value] = true
	}
	rev := map[string]float64{}
	total := 0.0
	for _, p := range ps {
		k := p.Country
		if !keep[k] {
			k = "Other"
		}
		rev[k] += p.Amount
		total += p.Amount
	}
	keys := make([]string, 0, len(rev))
	for k := range rev {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Compare(rev[b], rev[a]) })
	fmt.Println("\nrevenue share (lumped countries):")
	for _, k := range keys {
		fmt.Printf("  %-6s %8.2f %5.1f%%\n", k, rev[k], 100*rev[k]/total)
	}
}
