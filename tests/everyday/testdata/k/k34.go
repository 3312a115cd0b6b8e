package main

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const budget = `dept,category,budget,actual
Engineering,Salaries,820000,835500
Engineering,Cloud,120000,158340
Engineering,Software,45000,39800
Marketing,Salaries,310000,298000
Marketing,Ads,200000,241250
Marketing,Events,60000,18500
Sales,Salaries,410000,402300
Sales,Travel,90000,97650
Sales,Commissions,150000,188900
Operations,Rent,240000,240000
Operations,Utilities,36000,33120
`

type Line struct {
	Dept, Category string
	Budget, Actual float64
}

func (l Line) Variance() float64 { return l.Actual - l.Budget }
func (l Line) VarPct() float64 {
	if l.Budget == 0 {
		return math.Inf(1)
	}
	return 100 * l.Variance() / l.Budget
}

type Flag int

const (
	OK Flag = iota
	Watch
	Over
	Under
)

// String pads non-empty flags so they sit two spaces right of the last column.
func (f Flag) String() string { return [...]string{"", "  watch", "  OVER", "  under"}[f] }

func classify(pct float64) Flag {
	switch {
	case pct > 10:
		return Over
	case pct > 5:
		return Watch
	case pct < -25:
		return Under
	}
	return OK
}

func money(v float64) string {
	neg := v < 0
	s := strconv.FormatFloat(math.Abs(v), 'f', 0, 64)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "(" + s + ")"
	}
	return s
}

func main() {
	recs, err := csv.NewReader(strings.NewReader(budget)).ReadAll()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var lines []Line
	for _, r := range recs[1:] {
		b, _ := strconv.ParseFloat(r[2], 64)
		a, _ := strconv.ParseFloat(r[3], 64)
		lines = append(lines, Line{r[0], r[1], b, a})
	}

	depts := map[string]*Line{}
	for _, l := range lines {
		d := depts[l.Dept]
		if d == nil {
			d = &Line{Dept: l.Dept, Category: "Subtotal"}
			depts[l.Dept] = d
		}
		d.Budget += l.Budget
		d.Actual += l.Actual
	}
	names := make([]string, 0, len(depts))
	for n := range depts {
		names = append(names, n)
	}
	sort.Strings(names)

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Dept\tCategory\tBudget\tActual\tVariance\tVar %\t  Flag")
	var grand Line
	for _, n := range names {
		for _, l := range lines {
			if l.Dept == n {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%+.1f%%\t%v\n", l.Dept, l.Category,
					money(l.Budget), money(l.Actual), money(l.Variance()), l.VarPct(), classify(l.VarPct()))
			}
		}
		d := depts[n]
		fmt.Fprintf(tw, "\t%s\t%s\t%s\t%s\t%+.1f%%\t%v\n", d.Category,
			money(d.Budget), money(d.Actual), money(d.Variance()), d.VarPct(), classify(d.VarPct()))
		grand.Budget += d.Budget
		grand.Actual += d.Actual
	}
	fmt.Fprintf(tw, "TOTAL\t\t%s\t%s\t%s\t%+.1f%%\t\n", money(grand.Budget), money(grand.Actual),
		money(grand.Variance()), grand.VarPct())
	tw.Flush()

	sort.SliceStable(lines, func(i, j int) bool { return lines[i].Variance() > lines[j].Variance() })
	fmt.Println("\nLargest overspends:")
	for _, l := range lines[:3] {
		fmt.Printf("  %-12s %-12s %10s\n", l.Dept, l.Category, money(l.Variance()))
	}
	fmt.Println("Largest underspend:")
	l := lines[len(lines)-1]
	fmt.Printf("  %-12s %-12s %10s\n", l.Dept, l.Category, money(l.Variance()))
}
