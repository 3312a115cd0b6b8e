// Market basket analysis: item-pair support, confidence and lift using struct map keys.
package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
)

type Pair struct{ A, B string }

type Rule struct {
	From, To   string
	Support    float64
	Confidence float64
	Lift       float64
	Count      int
}

func main() {
	baskets := [][]string{
		{"bread", "milk"}, {"bread", "diapers", "beer", "eggs"}, {"milk", "diapers", "beer", "cola"},
		{"bread", "milk", "diapers", "beer"}, {"bread", "milk", "diapers", "cola"}, {"milk", "eggs"},
		{"bread", "butter", "milk"}, {"beer", "chips"}, {"diapers", "beer", "chips"}, {"bread", "butter"},
		{"milk", "cola", "chips"}, {"bread", "milk", "butter", "eggs"}, {"diapers", "beer", "milk"},
		{"bread", "eggs"}, {"beer", "chips", "cola"}, {"bread", "milk", "eggs", "butter"},
		{"diapers", "milk"}, {"bread", "beer"}, {"milk", "butter"}, {"diapers", "beer", "bread", "chips"},
	}
	n := float64(len(baskets))
	itemCount := map[string]int{}
	pairCount := map[Pair]int{}
	for _, b := range baskets {
		items := slices.Clone(b)
		slices.Sort(items)
		items = slices.Compact(items)
		for i, a := range items {
			itemCount[a]++
			for _, c := range items[i+1:] {
				pairCount[Pair{a, c}]++
			}
		}
	}
	items := make([]string, 0, len(itemCount))
	for k := range itemCount {
		items = append(items, k)
	}
	slices.SortFunc(items, func(a, b string) int { return cmp.Or(cmp.Compare(itemCount[b], itemCount[a]), cmp.Compare(a, b)) })
	fmt.Printf("baskets=%d distinct items=%d pairs=%d\n", len(baskets), len(items), len(pairCount))
	sup := make([]string, len(items))
	for i, it := range items {
		sup[i] = fmt.Sprintf("%s=%.2f", it, float64(itemCount[it])/n)
	}
	fmt.Println("item support:", strings.Join(sup, " "))

	const minSupport, minConf = 0.10, 0.5
	var rules []Rule
	for p, c := range pairCount {
		sup := float64(c) / n
		if sup < minSupport {
			continue
		}
		for _, dir := range [][2]string{{p.A, p.B}, {p.B, p.A}} {
			conf := float64(c) / float64(itemCount[dir[0]])
			lift := conf / (float64(itemCount[dir[1]]) / n)
			if conf >= minConf {
				rules = append(rules, Rule{dir[0], dir[1], sup, conf, lift, c})
			}
		}
	}
	slices.SortFunc(rules, func(a, b Rule) int {
		return cmp.Or(cmp.Compare(b.Lift, a.Lift), cmp.Compare(b.Confidence, a.Confidence),
			cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
	})
	fmt.Printf("\nrules with support>=%.2f confidence>=%.2f: %d\n", minSupport, minConf, len(rules))
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "rule\tcount\tsupport\tconfidence\tlift")
	for _, r := range rules {
		fmt.Fprintf(w, "{%s} => {%s}\t%d\t%.3f\t%.3f\t%.3f\n", r.From, r.To, r.Count, r.Support, r.Confidence, r.Lift)
	}
	w.Flush()

	// Co-occurrence matrix for top 5 items.
	top := items[:5]
	fmt.Println("\nco-occurrence (top 5 items):")
	fmt.Printf("%9s", "")
	for _, t := range top {
		fmt.Printf("%8s", t)
	}
	fmt.Println()
	for _, a := range top {
		fmt.Printf("%9s", a)
		for _, b := range top {
			var c int
			switch {
			case a == b:
				c = itemCount[a]
			case a < b:
				c = pairCount[Pair{a, b}]
			default:
				c = pairCount[Pair{b, a}]
			}
			fmt.Printf("%8d", c)
		}
		fmt.Println()
	}
}
