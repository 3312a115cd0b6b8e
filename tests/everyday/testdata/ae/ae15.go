package main

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"
)

type Item struct {
	Bin      string
	Name     string
	OnHand   int
	Reorder  int
	UnitCost float64
}

func (it Item) Value() float64 { return float64(it.OnHand) * it.UnitCost }

func (it Item) Status() string {
	switch {
	case it.OnHand == 0:
		return "OUT"
	case it.OnHand <= it.Reorder:
		return "LOW"
	}
	return "ok"
}

type style struct {
	name     string
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint
}

func render(w io.Writer, s style, items []Item) {
	tw := tabwriter.NewWriter(w, s.minwidth, s.tabwidth, s.padding, s.padchar, s.flags)
	fmt.Fprintln(tw, "BIN\tITEM\tON HAND\tREORDER\tVALUE\tSTATUS\t")
	var total float64
	for _, it := range items {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.2f\t%s\t\n", it.Bin, it.Name, it.OnHand, it.Reorder, it.Value(), it.Status())
		total += it.Value()
	}
	fmt.Fprintf(tw, "\t\t\t\t%.2f\t\t\n", total)
	tw.Flush()
}

func main() {
	items := []Item{
		{"A-01", "Hex bolts M6", 1200, 500, 0.04},
		{"A-02", "Washers", 300, 400, 0.01},
		{"B-11", "Hinge, brass", 0, 20, 3.75},
		{"C-07", "Drawer slide 450mm", 58, 10, 11.20},
	}
	styles := []style{
		{"plain, padding 2", 0, 8, 2, ' ', 0},
		{"right-aligned", 0, 8, 1, ' ', tabwriter.AlignRight},
		{"debug bars", 4, 8, 1, ' ', tabwriter.Debug},
		{"dot padding", 6, 8, 1, '.', 0},
	}
	for i, s := range styles {
		if i > 0 {
			fmt.Println()
		}
		fmt.Printf("== %s ==\n", s.name)
		render(os.Stdout, s, items)
	}

	fmt.Println()
	fmt.Println("== filter HTML-ish cells with FilterHTML ==")
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(tw, "<b>Bin</b>\tNote\t")
	fmt.Fprintln(tw, "A-01\tkeep &amp; count\t")
	fmt.Fprintln(tw, "\xffC\t07\xff\tescaped tab kept as text\t")
	tw.Flush()
}
