package main

import (
	"encoding/csv"
	"fmt"
	"log"
	"sort"
	"strconv"
	"strings"
)

const data = `date,store,category,amount
2024-01-15,Downtown,Grocery,120.50
2024-02-03,Downtown,Electronics,499.99
2024-02-20,Airport,Grocery,45.10
2024-03-11,Mall,Clothing,89.00
2024-04-02,Downtown,Clothing,60.25
2024-04-18,Airport,Electronics,249.00
2024-05-09,Mall,Grocery,75.80
2024-06-21,Mall,Electronics,129.99
2024-07-04,Airport,Clothing,39.99
2024-08-13,Downtown,Grocery,210.00
2024-09-01,Mall,Clothing,150.75
2024-10-10,Airport,Grocery,66.60
2024-11-25,Downtown,Electronics,899.00
2024-12-20,Mall,Clothing,199.90
2024-12-24,Airport,Electronics,349.50
`

type Record struct {
	Quarter  string
	Store    string
	Category string
	Amount   float64
}

type Pivot struct {
	Rows, Cols []string
	Cells      map[[2]string]float64
}

func quarterOf(date string) string {
	m, err := strconv.Atoi(date[5:7])
	if err != nil {
		log.Fatal(err)
	}
	return fmt.Sprintf("Q%d", (m-1)/3+1)
}

func load() []Record {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	var out []Record
	for _, row := range rows[1:] {
		amt, err := strconv.ParseFloat(row[3], 64)
		if err != nil {
			log.Fatal(err)
		}
		out = append(out, Record{quarterOf(row[0]), row[1], row[2], amt})
	}
	return out
}

func uniqueSorted(vals []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range vals {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

// PivotTable mimics pd.pivot_table(index=row, columns=col, values=amount, aggfunc="sum").
func PivotTable(recs []Record, row, col func(Record) string) Pivot {
	var rs, cs []string
	cells := map[[2]string]float64{}
	for _, r := range recs {
		rk, ck := row(r), col(r)
		rs = append(rs, rk)
		cs = append(cs, ck)
		cells[[2]string{rk, ck}] += r.Amount
	}
	return Pivot{uniqueSorted(rs), uniqueSorted(cs), cells}
}

func (p Pivot) Print(title string) {
	fmt.Println(title)
	fmt.Printf("%-12s", "")
	for _, c := range p.Cols {
		fmt.Printf("%12s", c)
	}
	fmt.Printf("%12s\n", "All")
	colTot := make([]float64, len(p.Cols))
	grand := 0.0
	for _, r := range p.Rows {
		fmt.Printf("%-12s", r)
		rowTot := 0.0
		for i, c := range p.Cols {
			v, ok := p.Cells[[2]string{r, c}]
			if !ok {
				fmt.Printf("%12s", "NaN")
				continue
			}
			fmt.Printf("%12.2f", v)
			rowTot += v
			colTot[i] += v
		}
		grand += rowTot
		fmt.Printf("%12.2f\n", rowTot)
	}
	fmt.Printf("%-12s", "All")
	for _, v := range colTot {
		fmt.Printf("%12.2f", v)
	}
	fmt.Printf("%12.2f\n\n", grand)
}

func main() {
	recs := load()
	fmt.Printf("loaded %d records\n\n", len(recs))
	PivotTable(recs,
		func(r Record) string { return r.Store },
		func(r Record) string { return r.Quarter }).Print("amount by store x quarter")
	PivotTable(recs,
		func(r Record) string { return r.Category },
		func(r Record) string { return r.Store }).Print("amount by category x store")
}
