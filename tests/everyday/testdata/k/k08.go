package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

const data = `order_date,product,qty,amount
2024-01-15,Widget,4,40.00
2024-01-20,Gadget,1,25.50
2024-02-02,Widget,2,20.00
2024-02-11,Gizmo,6,90.00
2024-02-28,Gadget,3,76.50
2024-03-01,Widget,10,95.00
2024-03-09,Gizmo,1,15.00
2024-03-17,Gadget,2,51.00
2024-03-30,Doohickey,5,12.50
2024-01-31,Gizmo,2,30.00
`

type cell struct {
	orders int
	qty    int
	amount float64
}

type pivot struct {
	rows, cols []string
	cells      map[[2]string]*cell
}

func newPivot() *pivot { return &pivot{cells: map[[2]string]*cell{}} }

func (p *pivot) add(row, col string, qty int, amt float64) {
	k := [2]string{row, col}
	c := p.cells[k]
	if c == nil {
		c = &cell{}
		p.cells[k] = c
		if !slices.Contains(p.rows, row) {
			p.rows = append(p.rows, row)
		}
		if !slices.Contains(p.cols, col) {
			p.cols = append(p.cols, col)
		}
	}
	c.orders++
	c.qty += qty
	c.amount += amt
}

func (p *pivot) render(title string, value func(*cell) float64, format string) {
	slices.Sort(p.rows)
	slices.Sort(p.cols)
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\t", title)
	for _, c := range p.cols {
		fmt.Fprintf(tw, "%s\t", c)
	}
	fmt.Fprintln(tw, "Total\t")
	colTotals := make([]float64, len(p.cols))
	var grand float64
	for _, r := range p.rows {
		fmt.Fprintf(tw, "%s\t", r)
		var rowTotal float64
		for j, c := range p.cols {
			if cl, ok := p.cells[[2]string{r, c}]; ok {
				v := value(cl)
				rowTotal += v
				colTotals[j] += v
				fmt.Fprintf(tw, format+"\t", v)
			} else {
				fmt.Fprint(tw, "·\t")
			}
		}
		grand += rowTotal
		fmt.Fprintf(tw, format+"\t\n", rowTotal)
	}
	fmt.Fprint(tw, "Total\t")
	for _, t := range colTotals {
		fmt.Fprintf(tw, format+"\t", t)
	}
	fmt.Fprintf(tw, format+"\t\n", grand)
	tw.Flush()
}

func main() {
	recs, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		fmt.Fprintln(os.Stderr, "csv:", err)
		os.Exit(1)
	}
	p := newPivot()
	for i, r := range recs[1:] {
		d, err := time.Parse(time.DateOnly, r[0])
		if err != nil {
			fmt.Printf("skip row %d: %v\n", i+2, err)
			continue
		}
		qty, _ := strconv.Atoi(r[2])
		amt, _ := strconv.ParseFloat(r[3], 64)
		p.add(r[1], d.Format("2006-01"), qty, amt)
	}

	p.render("Revenue", func(c *cell) float64 { return c.amount }, "%.2f")
	fmt.Println()
	p.render("Units", func(c *cell) float64 { return float64(c.qty) }, "%.0f")
	fmt.Println()
	p.render("Orders", func(c *cell) float64 { return float64(c.orders) }, "%.0f")

	// Averages are not additive, so compute them from the underlying sums.
	fmt.Println("\nAverage unit price by product:")
	for _, r := range p.rows {
		var qty int
		var amt float64
		for _, c := range p.cols {
			if cl := p.cells[[2]string{r, c}]; cl != nil {
				qty += cl.qty
				amt += cl.amount
			}
		}
		fmt.Printf("  %-10s %6.2f\n", r, amt/float64(qty))
	}
}
