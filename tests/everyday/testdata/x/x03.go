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
)

const data = `region,product,units,price
North,Widget,12,2.50
South,Gadget,3,10.00
North,Gadget,7,10.00
"East, Far",Widget,20,2.45
South,Widget,5,2.50
North,"Thing ""Pro""",1,99.99
East,Gadget,,10.00
West,Widget,8,abc
`

type row struct {
	Region, Product string
	Units           int
	Price           float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		panic(err)
	}
	fmt.Println("header:", strings.Join(header, "|"))

	var rows []row
	line := 1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			fmt.Println("read error:", err)
			continue
		}
		u, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("line %d: bad units %q: %v\n", line, rec[2], err)
			continue
		}
		p, err := strconv.ParseFloat(rec[3], 64)
		if err != nil {
			fmt.Printf("line %d: bad price %q\n", line, rec[3])
			continue
		}
		rows = append(rows, row{rec[0], rec[1], u, p})
	}
	fmt.Println("parsed rows:", len(rows))

	byRegion := map[string]float64{}
	unitsByProduct := map[string]int{}
	for _, x := range rows {
		byRegion[x.Region] += float64(x.Units) * x.Price
		unitsByProduct[x.Product] += x.Units
	}

	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Strings(regions)

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\trevenue\t")
	for _, reg := range regions {
		fmt.Fprintf(tw, "%s\t%.2f\t\n", reg, byRegion[reg])
	}
	tw.Flush()

	prods := make([]string, 0)
	for k := range unitsByProduct {
		prods = append(prods, k)
	}
	sort.Slice(prods, func(i, j int) bool { return unitsByProduct[prods[i]] > unitsByProduct[prods[j]] })

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"product", "units"})
	for _, p := range prods {
		w.Write([]string{p, strconv.Itoa(unitsByProduct[p])})
	}
	w.Flush()

	tsv := csv.NewReader(strings.NewReader("a\tb\tc\n1\t2\t3\n"))
	tsv.Comma = '\t'
	all, _ := tsv.ReadAll()
	fmt.Printf("tsv: %v (%d records)\n", all, len(all))
}
