// Accounts receivable aging: bucket open invoices by days past due per customer.
package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
	"time"
)

type Bucket int

const (
	Current Bucket = iota
	Days1to30
	Days31to60
	Days61to90
	Over90
	numBuckets
)

func (b Bucket) String() string {
	return [...]string{"Current", "1-30", "31-60", "61-90", "90+"}[b]
}

func bucketFor(daysPast int) Bucket {
	switch {
	case daysPast <= 0:
		return Current
	case daysPast <= 30:
		return Days1to30
	case daysPast <= 60:
		return Days31to60
	case daysPast <= 90:
		return Days61to90
	}
	return Over90
}

type OpenItem struct {
	Customer string
	Invoice  string
	Due      time.Time
	Open     int64 // cents
}

type Aging [numBuckets]int64

func (a *Aging) Add(b Bucket, amt int64) { a[b] += amt }
func (a Aging) Total() (t int64) {
	for _, v := range a {
		t += v
	}
	return
}

func amt(c int64) string {
	if c == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", float64(c)/100)
}

func d(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func main() {
	asOf := d("2024-06-30")
	items := []OpenItem{
		{"Acme Corp", "INV-1001", d("2024-07-15"), 420000},
		{"Acme Corp", "INV-0950", d("2024-06-10"), 185050},
		{"Bramble & Co", "INV-0871", d("2024-03-02"), 96000},
		{"Bramble & Co", "INV-0990", d("2024-05-20"), 33075},
		{"Crest Labs", "INV-0999", d("2024-06-30"), 1250000},
		{"Delta Freight", "INV-0802", d("2024-01-31"), 78800},
		{"Delta Freight", "INV-0905", d("2024-04-25"), 61200},
		{"Delta Freight", "INV-0933", d("2024-05-05"), 15000},
	}
	aging := map[string]*Aging{}
	var total Aging
	for _, it := range items {
		days := int(asOf.Sub(it.Due).Hours() / 24)
		b := bucketFor(days)
		if aging[it.Customer] == nil {
			aging[it.Customer] = new(Aging)
		}
		aging[it.Customer].Add(b, it.Open)
		total.Add(b, it.Open)
	}
	type row struct {
		name string
		a    Aging
	}
	var rows []row
	for n, a := range aging {
		rows = append(rows, row{n, *a})
	}
	// riskiest first: by 90+ then 61-90, then total
	slices.SortFunc(rows, func(x, y row) int {
		return cmp.Or(cmp.Compare(y.a[Over90], x.a[Over90]),
			cmp.Compare(y.a[Days61to90], x.a[Days61to90]),
			cmp.Compare(y.a.Total(), x.a.Total()))
	})

	fmt.Printf("A/R Aging as of %s\n\n", asOf.Format("January 2, 2006"))
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "Customer\t")
	for b := Current; b < numBuckets; b++ {
		fmt.Fprintf(tw, "%v\t", b)
	}
	fmt.Fprintln(tw, "Total\t")
	for _, r := range append(rows, row{"TOTAL", total}) {
		fmt.Fprintf(tw, "%s\t", r.name)
		for _, v := range r.a {
			fmt.Fprintf(tw, "%s\t", amt(v))
		}
		fmt.Fprintf(tw, "%s\t\n", amt(r.a.Total()))
	}
	tw.Flush()

	fmt.Println()
	for b := Current; b < numBuckets; b++ {
		fmt.Printf("%-8v %5.1f%%\n", b, 100*float64(total[b])/float64(total.Total()))
	}
}
