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

const salesData = `date,region,product,units,price
2024-01-03,North,Widget,12,2.50
2024-01-03,South,Gadget,3,10.00
2024-01-04,North,Gadget,5,10.00
2024-01-05,East,Widget,20,2.50
2024-01-05,South,Widget,7,2.50
2024-01-06,West,Gizmo,1,99.99
2024-01-06,North,Gizmo,2,99.99
2024-01-07,East,Gadget,8,10.00
2024-01-07,West,Widget,15,2.50
2024-01-08,South,Gizmo,1,99.99
`

type Sale struct {
	Date    string
	Region  string
	Product string
	Units   int
	Price   float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

type Summary struct {
	Units   int
	Revenue float64
	Orders  int
}

func (s *Summary) Add(sale Sale) {
	s.Units += sale.Units
	s.Revenue += sale.Revenue()
	s.Orders++
}

func parse(data string) ([]Sale, error) {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	var out []Sale
	for i, row := range rows[1:] {
		units, err := strconv.Atoi(row[3])
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+1, err)
		}
		price, err := strconv.ParseFloat(row[4], 64)
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+1, err)
		}
		out = append(out, Sale{row[0], row[1], row[2], units, price})
	}
	return out, nil
}

func main() {
	sales, err := parse(salesData)
	fmt.Printf("err=%v parsed %d sales\n", err, len(sales))

	byRegion := map[string]*Summary{}
	byProduct := map[string]*Summary{}
	for _, s := range sales {
		if byRegion[s.Region] == nil {
			byRegion[s.Region] = &Summary{}
		}
		byRegion[s.Region].Add(s)
		if _, ok := byProduct[s.Product]; !ok {
			byProduct[s.Product] = new(Summary)
		}
		byProduct[s.Product].Add(s)
	}

	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Strings(regions)

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "region\tunits\torders\trevenue\t")
	var total float64
	for _, r := range regions {
		s := byRegion[r]
		total += s.Revenue
		fmt.Fprintf(w, "%s\t%d\t%d\t%.2f\t\n", r, s.Units, s.Orders, s.Revenue)
	}
	w.Flush()

	products := make([]string, 0)
	for p := range byProduct {
		products = append(products, p)
	}
	sort.Slice(products, func(i, j int) bool {
		return byProduct[products[i]].Revenue > byProduct[products[j]].Revenue
	})
	fmt.Println("\nproducts by revenue:")
	for i, p := range products {
		share := byProduct[p].Revenue / total * 100
		fmt.Printf("%d. %-8s %8.2f %5.1f%%\n", i+1, p, byProduct[p].Revenue, share)
	}
	fmt.Printf("total revenue: %.2f\n", total)

	_, err = parse("a,b,c,d,e\nx,y,z,notanumber,1.0\n")
	fmt.Println("bad input:", err)
}
