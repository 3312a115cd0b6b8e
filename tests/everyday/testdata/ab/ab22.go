package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ticket struct {
	Channel  string
	Priority string
	Resolved bool
}

// tickets encoded as channel/priority/resolved triplets.
var encoded = `email high y|email low y|chat high y|phone high n|chat low y|email medium n|
phone medium y|chat medium y|email high n|phone low y|chat high y|email low y|phone high y|
chat low n|email medium y|phone medium n|chat medium y|email low y|phone high y|chat high n|
email high y|chat low y|phone low y|email medium y|chat medium n|phone high n|email low n|
chat high y|phone medium y|email medium y`

func parse() []Ticket {
	var out []Ticket
	for _, rec := range strings.Split(strings.ReplaceAll(encoded, "\n", ""), "|") {
		f := strings.Fields(rec)
		if len(f) != 3 {
			continue
		}
		out = append(out, Ticket{f[0], f[1], f[2] == "y"})
	}
	return out
}

type Crosstab struct {
	RowKeys, ColKeys []string
	N                map[string]map[string]int
}

func NewCrosstab(ts []Ticket, row, col func(Ticket) string, rowOrder, colOrder []string) Crosstab {
	ct := Crosstab{RowKeys: rowOrder, ColKeys: colOrder, N: map[string]map[string]int{}}
	for _, r := range rowOrder {
		ct.N[r] = map[string]int{}
	}
	for _, t := range ts {
		ct.N[row(t)][col(t)]++
	}
	return ct
}

func (ct Crosstab) rowTotal(r string) int {
	s := 0
	for _, c := range ct.ColKeys {
		s += ct.N[r][c]
	}
	return s
}

func (ct Crosstab) colTotal(c string) int {
	s := 0
	for _, r := range ct.RowKeys {
		s += ct.N[r][c]
	}
	return s
}

// Print renders the crosstab with a normalize mode: "", "index", "columns", "all".
func (ct Crosstab) Print(normalize string) {
	grand := 0
	for _, r := range ct.RowKeys {
		grand += ct.rowTotal(r)
	}
	fmt.Printf("pd.crosstab(normalize=%q)\n", normalize)
	fmt.Printf("%-8s", "")
	for _, c := range ct.ColKeys {
		fmt.Printf("%9s", c)
	}
	fmt.Printf("%9s\n", "All")
	cell := func(n, r, c int) string {
		switch normalize {
		case "index":
			return fmt.Sprintf("%9.3f", float64(n)/float64(r))
		case "columns":
			return fmt.Sprintf("%9.3f", float64(n)/float64(c))
		case "all":
			return fmt.Sprintf("%9.3f", float64(n)/float64(grand))
		}
		return fmt.Sprintf("%9d", n)
	}
	for _, r := range ct.RowKeys {
		fmt.Printf("%-8s", r)
		rt := ct.rowTotal(r)
		for _, c := range ct.ColKeys {
			fmt.Print(cell(ct.N[r][c], rt, ct.colTotal(c)))
		}
		fmt.Println(cell(rt, rt, grand))
	}
	fmt.Printf("%-8s", "All")
	for _, c := range ct.ColKeys {
		fmt.Print(cell(ct.colTotal(c), grand, ct.colTotal(c)))
	}
	fmt.Println(cell(grand, grand, grand))
	fmt.Println()
}

func main() {
	ts := parse()
	fmt.Printf("%d tickets\n\n", len(ts))
	channels := []string{"chat", "email", "phone"}
	prios := []string{"low", "medium", "high"}
	ct := NewCrosstab(ts, func(t Ticket) string { return t.Channel }, func(t Ticket) string { return t.Priority }, channels, prios)
	for _, norm := range []string{"", "index", "columns"} {
		ct.Print(norm)
	}

	res := NewCrosstab(ts, func(t Ticket) string { return t.Channel },
		func(t Ticket) string {
			if t.Resolved {
				return "resolved"
			}
			return "open"
		}, channels, []string{"open", "resolved"})
	res.Print("index")

	rates := make([]string, len(channels))
	copy(rates, channels)
	sort.Slice(rates, func(i, j int) bool {
		ri := float64(res.N[rates[i]]["resolved"]) / float64(res.rowTotal(rates[i]))
		rj := float64(res.N[rates[j]]["resolved"]) / float64(res.rowTotal(rates[j]))
		return ri > rj
	})
	fmt.Println("channels by resolution rate:", strings.Join(rates, " > "))
}
