package main

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

const raw = `city,year,population,area_km2
Lisbon,2020,545000,100.05
Porto,2020,231800,41.42
Lisbon,2021,544851,100.05
Porto,2021,232125,41.42
Braga,2020,193300,183.40
Braga,2021,,183.40
Faro,2021,67650,202.57`

type Frame struct {
	Cols []string
	Str  map[string][]string
	Num  map[string][]float64
}

func ReadCSV(s string) (*Frame, error) {
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read csv: %w", err)
	}
	f := &Frame{Cols: recs[0], Str: map[string][]string{}, Num: map[string][]float64{}}
	for ci, col := range f.Cols {
		numeric := true
		vals := make([]float64, 0, len(recs)-1)
		for _, r := range recs[1:] {
			if r[ci] == "" {
				vals = append(vals, math.NaN())
				continue
			}
			v, err := strconv.ParseFloat(r[ci], 64)
			if err != nil {
				numeric = false
				break
			}
			vals = append(vals, v)
		}
		if numeric {
			f.Num[col] = vals
			continue
		}
		for _, r := range recs[1:] {
			f.Str[col] = append(f.Str[col], r[ci])
		}
	}
	return f, nil
}

// Len works because each column is stored in exactly one of the two maps.
func (f *Frame) Len() int { return len(f.Str[f.Cols[0]]) + len(f.Num[f.Cols[0]]) }

func (f *Frame) Cell(col string, i int) string {
	if v, ok := f.Num[col]; ok {
		if math.IsNaN(v[i]) {
			return "NaN"
		}
		return strconv.FormatFloat(v[i], 'f', -1, 64)
	}
	return f.Str[col][i]
}

func (f *Frame) Print(idx []int) {
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, strings.Join(f.Cols, "\t")+"\t")
	for _, i := range idx {
		row := make([]string, len(f.Cols))
		for j, c := range f.Cols {
			row[j] = f.Cell(c, i)
		}
		fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
	}
	tw.Flush()
}

func (f *Frame) Describe(col string) (n int, mean, lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, v := range f.Num[col] {
		if math.IsNaN(v) {
			continue
		}
		n++
		mean += v
		lo, hi = min(lo, v), max(hi, v)
	}
	return n, mean / float64(n), lo, hi
}

func main() {
	f, err := ReadCSV(raw)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("rows:", f.Len(), "numeric:", len(f.Num), "string:", len(f.Str))
	idx := make([]int, f.Len())
	for i := range idx {
		idx[i] = i
	}
	pop := f.Num["population"]
	// descending; cmp.Compare orders NaN first, so NaN ends up last here
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(pop[b], pop[a]) })
	f.Print(idx)
	for _, c := range []string{"population", "area_km2", "year"} {
		n, mean, lo, hi := f.Describe(c)
		fmt.Printf("%-11s n=%d mean=%12.2f min=%10.2f max=%10.2f\n", c, n, mean, lo, hi)
	}
	fmt.Println("density 2021:")
	for i := range f.Len() {
		if f.Num["year"][i] != 2021 || math.IsNaN(pop[i]) {
			continue
		}
		fmt.Printf("  %-7s %9.1f /km2\n", f.Str["city"][i], pop[i]/f.Num["area_km2"][i])
	}
	_, err = ReadCSV("a,b\n1")
	fmt.Println("bad:", err)
}
