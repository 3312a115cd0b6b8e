package main

import (
	"fmt"
	"sort"
	"strings"
)

// Sale is one row of the sales "dataframe".
type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

// Revenue is a derived column.
func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

type Table []Sale

type agg struct {
	Rows    int
	Units   int
	Revenue float64
	MaxRev  float64
}

var sales = Table{
	{"North", "Widget", 12, 2.50},
	{"South", "Widget", 7, 2.50},
	{"North", "Gadget", 3, 12.00},
	{"East", "Gizmo", 20, 1.25},
	{"South", "Gadget", 5, 12.00},
	{"West", "Widget", 9, 2.50},
	{"East", "Widget", 15, 2.50},
	{"North", "Gizmo", 8, 1.25},
	{"West", "Gadget", 2, 12.00},
	{"South", "Gizmo", 30, 1.25},
	{"East", "Gadget", 4, 12.00},
	{"North", "Widget", 6, 2.50},
	{"West", "Gizmo", 11, 1.25},
	{"South", "Widget", 14, 2.50},
	{"East", "Gizmo", 5, 1.25},
}

// GroupBy aggregates rows by the key returned from keyFn.
func (t Table) GroupBy(keyFn func(Sale) string) map[string]*agg {
	out := make(map[string]*agg)
	for _, r := range t {
		k := keyFn(r)
		a, ok := out[k]
		if !ok {
			a = &agg{}
			out[k] = a
		}
		a.Rows++
		a.Units += r.Units
		rev := r.Revenue()
		a.Revenue += rev
		if rev > a.MaxRev {
			a.MaxRev = rev
		}
	}
	return out
}

func sortedKeys(m map[string]*agg) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func printGroups(title string, g map[string]*agg) {
	fmt.Println(title)
	fmt.Printf("%-10s %5s %6s %10s %10s %9s\n", "key", "rows", "units", "revenue", "mean_rev", "max_rev")
	fmt.Println(strings.Repeat("-", 55))
	total := 0.0
	for _, k := range sortedKeys(g) {
		a := g[k]
		total += a.Revenue
		fmt.Printf("%-10s %5d %6d %10.2f %10.2f %9.2f\n", k, a.Rows, a.Units, a.Revenue, a.Revenue/float64(a.Rows), a.MaxRev)
	}
	fmt.Printf("%-10s %5s %6s %10.2f\n\n", "TOTAL", "", "", total)
}

func main() {
	fmt.Printf("sales table: %d rows\n\n", len(sales))
	byRegion := sales.GroupBy(func(s Sale) string { return s.Region })
	printGroups("== revenue by region ==", byRegion)

	byProduct := sales.GroupBy(func(s Sale) string { return s.Product })
	printGroups("== revenue by product ==", byProduct)

	// Sort regions by revenue descending, like df.sort_values(ascending=False).
	keys := sortedKeys(byRegion)
	sort.SliceStable(keys, func(i, j int) bool {
		return byRegion[keys[i]].Revenue > byRegion[keys[j]].Revenue
	})
	fmt.Println("== regions ranked by revenue ==")
	for i, k := range keys {
		fmt.Printf("%d. %-6s %8.2f\n", i+1, k, byRegion[k].Revenue)
	}
}
