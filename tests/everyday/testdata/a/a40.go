// Pivot table: aggregate CSV rows by two dimensions and print with tabwriter, plus row/column totals.
package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

const orders = `date,channel,category,amount
2024-01-05,web,books,23.50
2024-01-09,store,garden,120.00
2024-01-17,web,electronics,349.99
2024-01-28,app,books,12.00
2024-02-02,web,garden,45.25
2024-02-11,app,electronics,89.90
2024-02-14,store,books,31.00
2024-02-20,web,books,18.75
2024-02-29,app,garden,60.00
2024-03-03,store,electronics,799.00
2024-03-09,web,electronics,129.50
2024-03-15,app,books,9.99
2024-03-22,store,garden,210.40
2024-03-30,web,garden,33.10
2024-03-31,app,electronics,15.00
`

type Agg func(vals []float64) float64

var aggs = map[string]Agg{
	"sum": func(v []float64) float64 {
		s := 0.0
		for _, x := range v {
			s += x
		}
		return s
	},
	"count": func(v []float64) float64 { return float64(len(v)) },
	"max": func(v []float64) float64 {
		m := v[0]
		for _, x := range v[1:] {
			m = max(m, x)
		}
		return m
	},
}

type Pivot struct {
	rowKey, colKey func(rec map[string]string) string
	cells          map[[2]string][]float64
	rows, cols     map[string]bool
}

func NewPivot(rowKey, colKey func(map[string]string) string) *Pivot {
	return &Pivot{rowKey: rowKey, colKey: colKey, cells: map[[2]string][]float64{}, rows: map[string]bool{}, cols: map[string]bool{}}
}

func (p *Pivot) Add(rec map[string]string, v float64) {
	r, c := p.rowKey(rec), p.colKey(rec)
	p.rows[r], p.cols[c] = true, true
	p.cells[[2]string{r, c}] = append(p.cells[[2]string{r, c}], v)
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (p *Pivot) Print(w io.Writer, title, aggName string) {
	agg := aggs[aggName]
	num := "%.2f\t"
	if aggName == "count" {
		num = "%.0f\t"
	}
	rows, cols := keys(p.rows), keys(p.cols)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s (%s)\t", title, aggName)
	for _, c := range cols {
		fmt.Fprintf(tw, "%s\t", c)
	}
	fmt.Fprintln(tw, "ALL\t")
	colVals := map[string][]float64{}
	var all []float64
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t", r)
		var rowVals []float64
		for _, c := range cols {
			v := p.cells[[2]string{r, c}]
			if len(v) == 0 {
				fmt.Fprint(tw, "·\t")
			} else {
				fmt.Fprintf(tw, num, agg(v))
			}
			rowVals = append(rowVals, v...)
			colVals[c] = append(colVals[c], v...)
		}
		all = append(all, rowVals...)
		fmt.Fprintf(tw, num+"\n", agg(rowVals))
	}
	fmt.Fprint(tw, "ALL\t")
	for _, c := range cols {
		fmt.Fprintf(tw, num, agg(colVals[c]))
	}
	fmt.Fprintf(tw, num+"\n", agg(all))
	tw.Flush()
}

func main() {
	r := csv.NewReader(strings.NewReader(orders))
	header, err := r.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	byMonth := NewPivot(
		func(m map[string]string) string { return m["category"] },
		func(m map[string]string) string {
			t, _ := time.Parse(time.DateOnly, m["date"])
			return t.Format("2006-01 Jan")
		},
	)
	byChannel := NewPivot(
		func(m map[string]string) string { return m["channel"] },
		func(m map[string]string) string { return m["category"] },
	)
	n := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		m := make(map[string]string, len(header))
		for i, h := range header {
			m[h] = rec[i]
		}
		amt, err := strconv.ParseFloat(m["amount"], 64)
		if err != nil {
			fmt.Println("amount:", err)
			continue
		}
		byMonth.Add(m, amt)
		byChannel.Add(m, amt)
		n++
	}
	fmt.Printf("%d orders loaded\n\n", n)
	byMonth.Print(os.Stdout, "category x month", "sum")
	fmt.Println()
	byChannel.Print(os.Stdout, "channel x category", "sum")
	fmt.Println()
	byChannel.Print(os.Stdout, "channel x category", "count")
	fmt.Println()
	byChannel.Print(os.Stdout, "channel x category", "max")
}
