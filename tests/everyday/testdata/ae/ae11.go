package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

const input = `date,region,product,units,unit_price
2024-01-03,North,Widget,10,2.50
2024-01-03,South,Gadget,4,12.00
2024-01-04,North,Gadget,2,12.00
2024-01-05,East,Widget,25,2.40
2024-01-05,South,Widget,8,2.50
2024-01-06,East,"Gizmo, large",3,45.00
2024-01-07,North,Widget,12,2.50
2024-01-07,West,Gadget,6,11.50
2024-01-08,South,"Gizmo, large",1,45.00
2024-01-08,West,Widget,bad,2.50
`

type Key struct{ Region, Product string }

type Agg struct {
	Units   int
	Revenue float64
	Orders  int
}

func (a Agg) AvgPrice() float64 {
	if a.Units == 0 {
		return 0
	}
	return a.Revenue / float64(a.Units)
}

func main() {
	r := csv.NewReader(strings.NewReader(input))
	records, err := r.ReadAll()
	if err != nil {
		fmt.Println("read:", err)
		os.Exit(1)
	}
	header := records[0]
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	aggs := map[Key]*Agg{}
	var rejected []string
	for n, rec := range records[1:] {
		units, err1 := strconv.Atoi(rec[col["units"]])
		price, err2 := strconv.ParseFloat(rec[col["unit_price"]], 64)
		if err1 != nil || err2 != nil {
			rejected = append(rejected, fmt.Sprintf("line %d: %v", n+2, rec))
			continue
		}
		k := Key{rec[col["region"]], rec[col["product"]]}
		a := aggs[k]
		if a == nil {
			a = &Agg{}
			aggs[k] = a
		}
		a.Units += units
		a.Revenue += float64(units) * price
		a.Orders++
	}
	keys := make([]Key, 0, len(aggs))
	for k := range aggs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Region != keys[j].Region {
			return keys[i].Region < keys[j].Region
		}
		return keys[i].Product < keys[j].Product
	})

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "product", "orders", "units", "revenue", "avg_price"})
	var totUnits, totOrders int
	var totRev float64
	regionRev := map[string]float64{}
	for _, k := range keys {
		a := aggs[k]
		w.Write([]string{
			k.Region, k.Product,
			strconv.Itoa(a.Orders), strconv.Itoa(a.Units),
			strconv.FormatFloat(a.Revenue, 'f', 2, 64),
			strconv.FormatFloat(a.AvgPrice(), 'f', 3, 64),
		})
		totUnits += a.Units
		totOrders += a.Orders
		totRev += a.Revenue
		regionRev[k.Region] += a.Revenue
	}
	w.Write([]string{"TOTAL", "", strconv.Itoa(totOrders), strconv.Itoa(totUnits),
		strconv.FormatFloat(totRev, 'f', 2, 64), ""})
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println("write:", err)
	}

	fmt.Println()
	fmt.Println("# Share of revenue by region")
	regions := make([]string, 0, len(regionRev))
	for reg := range regionRev {
		regions = append(regions, reg)
	}
	sort.Slice(regions, func(i, j int) bool { return regionRev[regions[i]] > regionRev[regions[j]] })
	for _, reg := range regions {
		share := regionRev[reg] / totRev * 100
		fmt.Printf("# %-6s %8.2f %5.1f%% %s\n", reg, regionRev[reg], share, strings.Repeat("#", int(share/4)))
	}
	fmt.Printf("# rejected %d row(s)\n", len(rejected))
	for _, s := range rejected {
		fmt.Println("#  ", s)
	}
}
