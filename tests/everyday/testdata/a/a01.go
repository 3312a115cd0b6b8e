// Sales summary: parse an inline CSV export and report totals per region.
package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const salesCSV = `order_id,region,rep,product,qty,unit_price
1001,North,Alice,Widget,4,19.99
1002,South,Bob,Gadget,1,149.00
1003,North,Carol,Widget,10,18.50
1004,East,Dave,Gizmo,3,75.25
1005,West,Erin,Gadget,2,145.00
1006,South,Bob,Widget,7,19.99
1007,East,Frank,Widget,12,17.75
1008,North,Alice,Gizmo,1,80.00
1009,West,Grace,Gizmo,5,72.10
1010,South,Heidi,Gadget,3,139.99
1011,East,Dave,Gadget,1,150.00
1012,West,Erin,Widget,9,19.25
`

type Sale struct {
	OrderID   int
	Region    string
	Rep       string
	Product   string
	Qty       int
	UnitPrice float64
}

func (s Sale) Total() float64 { return float64(s.Qty) * s.UnitPrice }

type RegionStats struct {
	Name    string
	Orders  int
	Units   int
	Revenue float64
	Reps    map[string]float64
}

func (r *RegionStats) TopRep() (string, float64) {
	names := make([]string, 0, len(r.Reps))
	for n := range r.Reps {
		names = append(names, n)
	}
	sort.Strings(names)
	best, bestAmt := "", -1.0
	for _, n := range names {
		if r.Reps[n] > bestAmt {
			best, bestAmt = n, r.Reps[n]
		}
	}
	return best, bestAmt
}

func parseSales(data string) ([]Sale, error) {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	var out []Sale
	for i, row := range rows[1:] {
		id, err := strconv.Atoi(row[0])
		if err != nil {
			return nil, fmt.Errorf("row %d: bad id: %w", i+2, err)
		}
		qty, err := strconv.Atoi(row[4])
		if err != nil {
			return nil, fmt.Errorf("row %d: bad qty: %w", i+2, err)
		}
		price, err := strconv.ParseFloat(row[5], 64)
		if err != nil {
			return nil, fmt.Errorf("row %d: bad price: %w", i+2, err)
		}
		out = append(out, Sale{id, row[1], row[2], row[3], qty, price})
	}
	return out, nil
}

func main() {
	sales, err := parseSales(salesCSV)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("Loaded %d orders\n\n", len(sales))

	byRegion := map[string]*RegionStats{}
	productUnits := map[string]int{}
	var grand float64
	for _, s := range sales {
		rs, ok := byRegion[s.Region]
		if !ok {
			rs = &RegionStats{Name: s.Region, Reps: map[string]float64{}}
			byRegion[s.Region] = rs
		}
		rs.Orders++
		rs.Units += s.Qty
		rs.Revenue += s.Total()
		rs.Reps[s.Rep] += s.Total()
		productUnits[s.Product] += s.Qty
		grand += s.Total()
	}

	regions := make([]*RegionStats, 0, len(byRegion))
	for _, rs := range byRegion {
		regions = append(regions, rs)
	}
	sort.Slice(regions, func(i, j int) bool { return regions[i].Revenue > regions[j].Revenue })

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Region\tOrders\tUnits\tRevenue\tShare\tTop rep\t")
	for _, rs := range regions {
		rep, amt := rs.TopRep()
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%.1f%%\t%s (%.2f)\t\n",
			rs.Name, rs.Orders, rs.Units, rs.Revenue, 100*rs.Revenue/grand, rep, amt)
	}
	fmt.Fprintf(tw, "TOTAL\t%d\t\t%.2f\t100.0%%\t\t\n", len(sales), grand)
	tw.Flush()

	fmt.Println("\nUnits by product:")
	products := make([]string, 0, len(productUnits))
	for p := range productUnits {
		products = append(products, p)
	}
	sort.Strings(products)
	for _, p := range products {
		fmt.Printf("  %-8s %4d %s\n", p, productUnits[p], strings.Repeat("#", productUnits[p]/2))
	}

	fmt.Println("\nLargest single orders:")
	sorted := append([]Sale(nil), sales...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Total() > sorted[j].Total() })
	for _, s := range sorted[:3] {
		fmt.Printf("  #%d %-6s %-6s %-7s %3d x %7.2f = %8.2f\n",
			s.OrderID, s.Region, s.Rep, s.Product, s.Qty, s.UnitPrice, s.Total())
	}
}
