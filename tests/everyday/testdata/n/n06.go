// Pivot table of sales: region x quarter using maps of maps, with totals.
package main

import (
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
	"time"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Sale struct {
	Region  string
	Product string
	Date    time.Time
	Amount  Cents
}

func quarter(t time.Time) string { return fmt.Sprintf("%dQ%d", t.Year(), (int(t.Month())-1)/3+1) }

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func main() {
	regions := []string{"north", "south", "east", "west"}
	products := []string{"widget", "gadget", "gizmo"}
	var sales []Sale
	for i := 0; i < 120; i++ {
		d := time.Date(2023, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i*11)%365)
		amt := Cents(1000 + (i*7919)%25000)
		sales = append(sales, Sale{regions[(i*3)%4], products[i%3], d, amt})
	}

	pivot := map[string]map[string]Cents{}
	colTot := map[string]Cents{}
	rowTot := map[string]Cents{}
	var grand Cents
	for _, s := range sales {
		q := quarter(s.Date)
		if pivot[s.Region] == nil {
			pivot[s.Region] = map[string]Cents{}
		}
		pivot[s.Region][q] += s.Amount
		colTot[q] += s.Amount
		rowTot[s.Region] += s.Amount
		grand += s.Amount
	}
	cols := sortedKeys(colTot)
	rows := sortedKeys(pivot)

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(w, "region\t")
	for _, c := range cols {
		fmt.Fprintf(w, "%s\t", c)
	}
	fmt.Fprintln(w, "total\tshare\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t", r)
		for _, c := range cols {
			fmt.Fprintf(w, "%v\t", pivot[r][c])
		}
		fmt.Fprintf(w, "%v\t%.1f%%\t\n", rowTot[r], 100*float64(rowTot[r])/float64(grand))
	}
	fmt.Fprint(w, "TOTAL\t")
	for _, c := range cols {
		fmt.Fprintf(w, "%v\t", colTot[c])
	}
	fmt.Fprintf(w, "%v\t100.0%%\t\n", grand)
	w.Flush()

	// Second pivot: product x month-of-year counts, showing only months present.
	fmt.Println("\norders per product by month:")
	cnt := map[string]map[time.Month]int{}
	months := map[time.Month]bool{}
	for _, s := range sales {
		if cnt[s.Product] == nil {
			cnt[s.Product] = map[time.Month]int{}
		}
		cnt[s.Product][s.Date.Month()]++
		months[s.Date.Month()] = true
	}
	var ms []time.Month
	for m := range months {
		ms = append(ms, m)
	}
	slices.Sort(ms)
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprint(w, "product\t")
	for _, m := range ms {
		fmt.Fprintf(w, "%s\t", m.String()[:3])
	}
	fmt.Fprintln(w)
	for _, p := range sortedKeys(cnt) {
		fmt.Fprintf(w, "%s\t", p)
		for _, m := range ms {
			fmt.Fprintf(w, "%d\t", cnt[p][m])
		}
		fmt.Fprintln(w)
	}
	w.Flush()

	// Quarter-over-quarter growth for grand totals.
	fmt.Println("\nQoQ growth:")
	for i := 1; i < len(cols); i++ {
		prev, cur := colTot[cols[i-1]], colTot[cols[i]]
		fmt.Printf("  %s -> %s: %+7.2f%% (%v)\n", cols[i-1], cols[i], 100*float64(cur-prev)/float64(prev), cur-prev)
	}
}
