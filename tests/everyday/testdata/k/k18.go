package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

const ledger = `sku,description,qty
A100,Hex bolt M6,500
A101,Hex bolt M8,320
B200,Washer 6mm,1000
B201,Washer 8mm,750
C300,"Bracket, steel",40
D400,Hinge 3in,60
`

const warehouse = `sku;counted;bin
A100;498;R1-01
A101;320;R1-02
B200;1012;R2-01
C300;38;R3-04
E500;15;R9-99
D400;60;R3-05
`

type stock map[string]struct {
	desc string
	qty  int
	bin  string
}

func load(r io.Reader, comma rune, keyCol, qtyCol int, extra func([]string, *struct {
	desc string
	qty  int
	bin  string
})) (stock, error) {
	cr := csv.NewReader(r)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	out := stock{}
	for i, rec := range rows[1:] {
		q, err := strconv.Atoi(rec[qtyCol])
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+2, err)
		}
		v := out[rec[keyCol]]
		v.qty += q
		extra(rec, &v)
		out[rec[keyCol]] = v
	}
	return out, nil
}

func main() {
	book, err := load(strings.NewReader(ledger), ',', 0, 2, func(r []string, v *struct {
		desc string
		qty  int
		bin  string
	}) {
		v.desc = r[1]
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	counted, err := load(strings.NewReader(warehouse), ';', 0, 1, func(r []string, v *struct {
		desc string
		qty  int
		bin  string
	}) {
		v.bin = r[2]
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	keys := map[string]bool{}
	for k := range book {
		keys[k] = true
	}
	for k := range counted {
		keys[k] = true
	}
	skus := make([]string, 0, len(keys))
	for k := range keys {
		skus = append(skus, k)
	}
	slices.Sort(skus)

	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SKU\tDescription\tBin\tBook\tCount\tDiff\tStatus")
	fmt.Fprintln(tw, "---\t-----------\t---\t----\t-----\t----\t------")
	var matched, mismatched, missing, unexpected int
	for _, s := range skus {
		b, inBook := book[s]
		c, inCount := counted[s]
		status := "OK"
		switch {
		case !inCount:
			status, missing = "NOT COUNTED", missing+1
		case !inBook:
			status, unexpected = "NOT IN LEDGER", unexpected+1
		case b.qty != c.qty:
			status, mismatched = "VARIANCE", mismatched+1
		default:
			matched++
		}
		desc := b.desc
		if desc == "" {
			desc = "?"
		}
		bin := c.bin
		if bin == "" {
			bin = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%+d\t%s\n", s, desc, bin, b.qty, c.qty, c.qty-b.qty, status)
	}
	tw.Flush()
	fmt.Printf("\nmatched=%d variance=%d not_counted=%d not_in_ledger=%d accuracy=%.1f%%\n",
		matched, mismatched, missing, unexpected, 100*float64(matched)/float64(len(skus)))
}
