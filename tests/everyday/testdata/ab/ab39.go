package main

import (
	"encoding/csv"
	"fmt"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const enrollments = `term,faculty,level,students,credits
2023F,Science,undergrad,420,12
2023F,Science,grad,85,9
2023F,Arts,undergrad,510,15
2023F,Arts,grad,40,9
2023F,Business,undergrad,380,15
2023F,Business,grad,120,12
2024S,Science,undergrad,398,12
2024S,Science,grad,91,9
2024S,Arts,undergrad,470,15
2024S,Business,undergrad,395,15
2024S,Business,grad,131,12
2024F,Science,undergrad,445,12
2024F,Science,grad,97,9
2024F,Arts,undergrad,488,15
2024F,Arts,grad,44,9
2024F,Business,undergrad,402,15
2024F,Business,grad,140,12
`

type Row struct {
	Term, Faculty, Level string
	Students, Credits    int
}

type AggFunc struct {
	Name string
	Fn   func([]Row) float64
}

var sumStudents = AggFunc{"sum(students)", func(rs []Row) float64 {
	t := 0
	for _, r := range rs {
		t += r.Students
	}
	return float64(t)
}}

var creditHours = AggFunc{"sum(students*credits)", func(rs []Row) float64 {
	t := 0
	for _, r := range rs {
		t += r.Students * r.Credits
	}
	return float64(t)
}}

func load() []Row {
	recs, err := csv.NewReader(strings.NewReader(enrollments)).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	var rows []Row
	for _, r := range recs[1:] {
		s, err1 := strconv.Atoi(r[3])
		c, err2 := strconv.Atoi(r[4])
		if err1 != nil || err2 != nil {
			log.Fatalf("bad row %v", r)
		}
		rows = append(rows, Row{r[0], r[1], r[2], s, c})
	}
	return rows
}

func distinct(rows []Row, f func(Row) string, order func(a, b string) bool) []string {
	set := map[string]bool{}
	for _, r := range rows {
		set[f(r)] = true
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return order(out[i], out[j]) })
	return out
}

// termOrder sorts "2023F" < "2024S" < "2024F" (spring before fall in a year).
func termOrder(a, b string) bool {
	if a[:4] != b[:4] {
		return a[:4] < b[:4]
	}
	return a[4] == 'S' && b[4] == 'F'
}

// PivotWithMargins prints pivot_table(..., margins=True, fill_value=0).
func PivotWithMargins(rows []Row, rowKey, colKey func(Row) string, rowVals, colVals []string, agg AggFunc) {
	fmt.Printf("pivot: %s\n", agg.Name)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "\t")
	for _, c := range colVals {
		fmt.Fprintf(tw, "%s\t", c)
	}
	fmt.Fprintln(tw, "All\t")
	sel := func(pred func(Row) bool) []Row {
		var out []Row
		for _, r := range rows {
			if pred(r) {
				out = append(out, r)
			}
		}
		return out
	}
	for _, rv := range rowVals {
		fmt.Fprintf(tw, "%s\t", rv)
		for _, cv := range colVals {
			fmt.Fprintf(tw, "%.0f\t", agg.Fn(sel(func(r Row) bool { return rowKey(r) == rv && colKey(r) == cv })))
		}
		fmt.Fprintf(tw, "%.0f\t\n", agg.Fn(sel(func(r Row) bool { return rowKey(r) == rv })))
	}
	fmt.Fprint(tw, "All\t")
	for _, cv := range colVals {
		fmt.Fprintf(tw, "%.0f\t", agg.Fn(sel(func(r Row) bool { return colKey(r) == cv })))
	}
	fmt.Fprintf(tw, "%.0f\t\n", agg.Fn(rows))
	tw.Flush()
	fmt.Println()
}

func main() {
	rows := load()
	alpha := func(a, b string) bool { return a < b }
	terms := distinct(rows, func(r Row) string { return r.Term }, termOrder)
	facs := distinct(rows, func(r Row) string { return r.Faculty }, alpha)
	levels := distinct(rows, func(r Row) string { return r.Level }, alpha)

	byFaculty := func(r Row) string { return r.Faculty }
	byTerm := func(r Row) string { return r.Term }
	byLevel := func(r Row) string { return r.Level }
	PivotWithMargins(rows, byFaculty, byTerm, facs, terms, sumStudents)
	PivotWithMargins(rows, byFaculty, byLevel, facs, levels, creditHours)

	// note missing combination (fill_value=0 hid it)
	have := map[string]bool{}
	for _, r := range rows {
		have[r.Term+"|"+r.Faculty+"|"+r.Level] = true
	}
	fmt.Println("missing combinations:")
	for _, t := range terms {
		for _, f := range facs {
			for _, l := range levels {
				if !have[t+"|"+f+"|"+l] {
					fmt.Printf("  %s %s %s\n", t, f, l)
				}
			}
		}
	}
}
