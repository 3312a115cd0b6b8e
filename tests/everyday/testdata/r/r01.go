package main

import (
	"encoding/csv"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

const salesCSV = `date,region,product,units,unit_price
2024-01-03,North,Widget,12,3.50
2024-01-03,South,Gadget,4,12.00
2024-01-04,North,Gadget,7,12.00
2024-01-05,East,Widget,20,3.25
2024-01-05,West,Doohickey,3,45.00
2024-01-06,South,Widget,15,3.50
2024-01-07,East,Gadget,9,11.50
2024-01-08,North,Doohickey,1,45.00
2024-01-08,West,Widget,8,3.75
2024-01-09,South,Doohickey,2,44.00
2024-01-10,East,Widget,bad,3.25
2024-01-11,West,Gadget,6,12.25
`

type Sale struct {
	Date    string
	Region  string
	Product string
	Units   int
	Price   float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

type RegionSummary struct {
	Region   string
	Orders   int
	Units    int
	Revenue  float64
	Products map[string]int
}

func parseSales(data string) ([]Sale, []error) {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		return nil, []error{err}
	}
	var sales []Sale
	var errs []error
	for i, row := range rows[1:] {
		units, err := strconv.Atoi(row[3])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: units: %w", i+2, err))
			continue
		}
		price, err := strconv.ParseFloat(row[4], 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: price: %w", i+2, err))
			continue
		}
		sales = append(sales, Sale{row[0], row[1], row[2], units, price})
	}
	return sales, errs
}

func main() {
	sales, errs := parseSales(salesCSV)
	fmt.Printf("parsed %d sales, %d errors\n", len(sales), len(errs))
	for _, e := range errs {
		fmt.Println("  error:", e)
	}

	summaries := map[string]*RegionSummary{}
	for _, s := range sales {
		rs, ok := summaries[s.Region]
		if !ok {
			rs = &RegionSummary{Region: s.Region, Products: map[string]int{}}
			summaries[s.Region] = rs
		}
		rs.Orders++
		rs.Units += s.Units
		rs.Revenue += s.Revenue()
		rs.Products[s.Product] += s.Units
	}

	regions := slices.Sorted(maps.Keys(summaries))
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Region\tOrders\tUnits\tRevenue\tTop product\t")
	var total float64
	for _, name := range regions {
		rs := summaries[name]
		prods := slices.Sorted(maps.Keys(rs.Products))
		top := slices.MaxFunc(prods, func(a, b string) int {
			if c := rs.Products[a] - rs.Products[b]; c != 0 {
				return c
			}
			return strings.Compare(b, a)
		})
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%s\t\n", rs.Region, rs.Orders, rs.Units, rs.Revenue, top)
		total += rs.Revenue
	}
	fmt.Fprintf(tw, "TOTAL\t\t\t%.2f\t\t\n", total)
	tw.Flush()

	byRevenue := slices.Clone(sales)
	slices.SortStableFunc(byRevenue, func(a, b Sale) int {
		switch {
		case a.Revenue() > b.Revenue():
			return -1
		case a.Revenue() < b.Revenue():
			return 1
		}
		return 0
	})
	fmt.Println("\nTop 3 sales by revenue:")
	for i, s := range byRevenue[:min(3, len(byRevenue))] {
		fmt.Printf("%d. %s %-6s %-10s %3d x %6.2f = %8.2f\n", i+1, s.Date, s.Region, s.Product, s.Units, s.Price, s.Revenue())
	}
}
