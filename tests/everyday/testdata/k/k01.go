package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const salesCSV = `date,region,rep,units,unit_price
2024-01-03,North,Alice,12,19.99
2024-01-04,South,Bob,5,24.50
2024-01-04,North,Carol,7,19.99
2024-01-05,East,Dan,20,9.75
2024-01-06,South,Erin,3,99.00
2024-01-06,West,Frank,15,14.25
2024-01-07,East,Dan,8,9.75
2024-01-08,North,Alice,4,49.00
2024-01-08,West,Grace,11,14.25
2024-01-09,South,Bob,9,24.50
`

type sale struct {
	Region string
	Rep    string
	Units  int
	Price  float64
}

func (s sale) Revenue() float64 { return float64(s.Units) * s.Price }

type regionSummary struct {
	Region  string
	Orders  int
	Units   int
	Revenue float64
	Reps    map[string]bool
}

func parseSales(r io.Reader) ([]sale, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	idx := make(map[string]int, len(header))
	for i, h := range header {
		idx[h] = i
	}
	var out []sale
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		units, err := strconv.Atoi(rec[idx["units"]])
		if err != nil {
			return nil, fmt.Errorf("line %d units: %w", line, err)
		}
		price, err := strconv.ParseFloat(rec[idx["unit_price"]], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d price: %w", line, err)
		}
		out = append(out, sale{Region: rec[idx["region"]], Rep: rec[idx["rep"]], Units: units, Price: price})
	}
	return out, nil
}

func main() {
	sales, err := parseSales(strings.NewReader(salesCSV))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("parsed %d rows\n\n", len(sales))

	byRegion := map[string]*regionSummary{}
	var total float64
	for _, s := range sales {
		rs, ok := byRegion[s.Region]
		if !ok {
			rs = &regionSummary{Region: s.Region, Reps: map[string]bool{}}
			byRegion[s.Region] = rs
		}
		rs.Orders++
		rs.Units += s.Units
		rs.Revenue += s.Revenue()
		rs.Reps[s.Rep] = true
		total += s.Revenue()
	}

	summaries := make([]*regionSummary, 0, len(byRegion))
	for _, rs := range byRegion {
		summaries = append(summaries, rs)
	}
	sort.Slice(summaries, func(i, j int) bool {
		if summaries[i].Revenue != summaries[j].Revenue {
			return summaries[i].Revenue > summaries[j].Revenue
		}
		return summaries[i].Region < summaries[j].Region
	})

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "Region\tOrders\tUnits\tReps\tRevenue\tShare\t")
	for _, rs := range summaries {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.1f%%\t\n",
			rs.Region, rs.Orders, rs.Units, len(rs.Reps), rs.Revenue, 100*rs.Revenue/total)
	}
	fmt.Fprintf(tw, "TOTAL\t%d\t\t\t%.2f\t100.0%%\t\n", len(sales), total)
	tw.Flush()
}
