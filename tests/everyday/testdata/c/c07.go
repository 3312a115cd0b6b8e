// Summarise a semicolon-separated sales export using strings.SplitSeq and friends.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const export = `region;rep;product;units;unit_price
EMEA;Ingrid;widget;12;9.50
EMEA;Ingrid;gadget;3;120.00
AMER;Carlos;widget;40;9.00
AMER;Carlos;gizmo;7;55.25
APAC;Mei;widget;25;9.75
APAC;Mei;gadget;;120.00
EMEA;Olu;gizmo;11;54.00
AMER;Dana;gadget;5;118.00
APAC;Arjun;gizmo;9;56.10
EMEA;Olu;widget;18;9.50
AMER;Dana;widget;x3;9.00
APAC;Arjun;widget;30;9.25
`

type Sale struct {
	Region, Rep, Product string
	Units                int
	Price                float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

type rowError struct {
	Row int
	Err error
}

func (e *rowError) Error() string { return fmt.Sprintf("row %d: %v", e.Row, e.Err) }
func (e *rowError) Unwrap() error { return e.Err }

func parse(data string) ([]Sale, error) {
	var (
		sales  []Sale
		errs   []error
		header []string
		row    int
	)
	for line := range strings.SplitSeq(strings.TrimSpace(data), "\n") {
		row++
		var cols []string
		for c := range strings.SplitSeq(line, ";") {
			cols = append(cols, strings.TrimSpace(c))
		}
		if header == nil {
			header = cols
			continue
		}
		if len(cols) != len(header) {
			errs = append(errs, &rowError{row, fmt.Errorf("want %d columns, got %d", len(header), len(cols))})
			continue
		}
		units, err := strconv.Atoi(cols[3])
		if err != nil {
			errs = append(errs, &rowError{row, fmt.Errorf("units: %w", err)})
			continue
		}
		price, err := strconv.ParseFloat(cols[4], 64)
		if err != nil {
			errs = append(errs, &rowError{row, fmt.Errorf("price: %w", err)})
			continue
		}
		sales = append(sales, Sale{cols[0], cols[1], cols[2], units, price})
	}
	return sales, errors.Join(errs...)
}

func groupSum[K comparable](sales []Sale, key func(Sale) K) map[K]float64 {
	out := make(map[K]float64)
	for _, s := range sales {
		out[key(s)] += s.Revenue()
	}
	return out
}

func main() {
	sales, err := parse(export)
	if err != nil {
		fmt.Println("import warnings:")
		for l := range strings.Lines(err.Error()) {
			fmt.Print("  ", l)
		}
		fmt.Println()
		var re *rowError
		if errors.As(err, &re) {
			fmt.Println("first bad row:", re.Row)
		}
		fmt.Println("contains strconv.ErrSyntax:", errors.Is(err, strconv.ErrSyntax))
	}
	fmt.Printf("imported %d sales\n\n", len(sales))

	byRegion := groupSum(sales, func(s Sale) string { return s.Region })
	fmt.Println("revenue by region:")
	var grand float64
	for _, r := range slices.Sorted(maps.Keys(byRegion)) {
		fmt.Printf("  %-5s %9.2f\n", r, byRegion[r])
		grand += byRegion[r]
	}
	fmt.Printf("  %-5s %9.2f\n\n", "TOTAL", grand)

	byRep := groupSum(sales, func(s Sale) string { return s.Rep })
	reps := slices.SortedFunc(maps.Keys(byRep), func(a, b string) int {
		return cmp.Or(cmp.Compare(byRep[b], byRep[a]), strings.Compare(a, b))
	})
	fmt.Println("rep ranking:")
	for i, r := range reps {
		fmt.Printf("  %d. %-7s %8.2f %s\n", i+1, r, byRep[r], strings.Repeat("*", int(byRep[r]/50)))
	}

	type key struct{ region, product string }
	units := map[key]int{}
	for _, s := range sales {
		units[key{s.Region, s.Product}] += s.Units
	}
	keys := slices.SortedFunc(maps.Keys(units), func(a, b key) int {
		return cmp.Or(cmp.Compare(a.region, b.region), cmp.Compare(a.product, b.product))
	})
	fmt.Println("\nunits by region/product:")
	for _, k := range keys {
		fmt.Printf("  %s/%-7s %3d\n", k.region, k.product, units[k])
	}

	best := slices.MaxFunc(sales, func(a, b Sale) int { return cmp.Compare(a.Revenue(), b.Revenue()) })
	fmt.Printf("\nbiggest line: %s sold %d %s for %.2f\n", best.Rep, best.Units, best.Product, best.Revenue())
}
