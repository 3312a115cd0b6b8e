// h03: encoding/csv sales ledger -> per-region and per-product aggregates.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const salesCSV = `order_id,region,product,qty,unit_price
1001,EMEA,widget,4,2.50
1002,APAC,gadget,1,19.99
1003,EMEA,gadget,2,19.99
1004,AMER,widget,10,2.45
1005,AMER,"gizmo, deluxe",1,99.00
1006,APAC,widget,7,2.50
1007,EMEA,widget,notanumber,2.50
1008,AMER,gadget,3,18.50
1009,APAC,"gizmo, deluxe",2,95.00
1010,EMEA,widget,1
`

type sale struct {
	ID      string
	Region  string
	Product string
	Qty     int
	Cents   int64
}

func parsePrice(s string) (int64, error) {
	whole, frac, _ := strings.Cut(s, ".")
	frac = (frac + "00")[:2]
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, err
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, err
	}
	return w*100 + f, nil
}

func money(c int64) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func main() {
	r := csv.NewReader(strings.NewReader(salesCSV))
	r.FieldsPerRecord = -1 // validate ourselves so we can report the bad line
	header, err := r.Read()
	if err != nil {
		panic(err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}

	var sales []sale
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			panic(err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(header) {
			fmt.Printf("line %d: expected %d fields, got %d\n", line, len(header), len(rec))
			continue
		}
		qty, err := strconv.Atoi(rec[col["qty"]])
		if err != nil {
			fmt.Printf("line %d: bad qty: %v\n", line, err)
			continue
		}
		price, err := parsePrice(rec[col["unit_price"]])
		if err != nil {
			fmt.Printf("line %d: bad price: %v\n", line, err)
			continue
		}
		sales = append(sales, sale{rec[col["order_id"]], rec[col["region"]], rec[col["product"]], qty, price})
	}

	byRegion := map[string]int64{}
	byProduct := map[string]struct {
		units int
		rev   int64
	}{}
	var total int64
	for _, s := range sales {
		rev := int64(s.Qty) * s.Cents
		byRegion[s.Region] += rev
		p := byProduct[s.Product]
		p.units += s.Qty
		p.rev += rev
		byProduct[s.Product] = p
		total += rev
	}

	fmt.Printf("\nparsed %d valid orders, total revenue %s\n\n", len(sales), money(total))
	fmt.Println("region  revenue   share")
	for _, reg := range slices.Sorted(maps.Keys(byRegion)) {
		fmt.Printf("%-6s %8s  %5.1f%%\n", reg, money(byRegion[reg]), 100*float64(byRegion[reg])/float64(total))
	}

	fmt.Println()
	var out strings.Builder
	w := csv.NewWriter(&out)
	w.Write([]string{"product", "units", "revenue", "avg_price"})
	for _, p := range slices.Sorted(maps.Keys(byProduct)) {
		v := byProduct[p]
		w.Write([]string{p, strconv.Itoa(v.units), money(v.rev), money(v.rev / int64(v.units))})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		panic(err)
	}
	fmt.Print(out.String())
}
