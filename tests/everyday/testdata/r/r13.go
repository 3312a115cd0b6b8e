package main

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

const measurementsTSV = "sensor\tlocation\ttemp_c\thumidity\tnote\n" +
	"s1\tlab A\t21.4\t40\tok\n" +
	"s2\tlab A\t22.1\t38\t\n" +
	"s3\tlab B\t19.8\t55\t\"recalibrated, twice\"\n" +
	"s1\tlab A\t21.9\t41\tok\n" +
	"s4\twarehouse\t12.5\t70\tdoor open\n" +
	"s2\tlab A\tNA\t39\tsensor glitch\n" +
	"s3\tlab B\t20.3\t53\t\n" +
	"s4\twarehouse\t11.0\t72\t\n" +
	"s5\troof\t-3.5\t88\twinter\n" +
	"s5\troof\t-1.0\t90\t\n" +
	"s4\twarehouse\t13.2\t68\n"

type Stats struct {
	values []float64
}

func (s *Stats) Add(v float64) { s.values = append(s.values, v) }
func (s *Stats) N() int        { return len(s.values) }

func (s *Stats) Mean() float64 {
	sum := 0.0
	for _, v := range s.values {
		sum += v
	}
	return sum / float64(len(s.values))
}

func (s *Stats) StdDev() float64 {
	if len(s.values) < 2 {
		return 0
	}
	m, ss := s.Mean(), 0.0
	for _, v := range s.values {
		ss += (v - m) * (v - m)
	}
	return math.Sqrt(ss / float64(len(s.values)-1))
}

func (s *Stats) Median() float64 {
	v := slices.Sorted(slices.Values(s.values))
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

func main() {
	r := csv.NewReader(strings.NewReader(measurementsTSV))
	r.Comma = '\t'
	r.FieldsPerRecord = -1
	header, _ := r.Read()
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	byLoc := map[string]*Stats{}
	var order []string
	skipped := 0
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			continue
		}
		if len(rec) != len(header) {
			fmt.Printf("line %d: expected %d fields, got %d (padding)\n", line, len(header), len(rec))
			rec = append(rec, make([]string, len(header)-len(rec))...)
		}
		t, err := strconv.ParseFloat(rec[col["temp_c"]], 64)
		if err != nil {
			fmt.Printf("line %d: skip temp %q (note=%q)\n", line, rec[col["temp_c"]], rec[col["note"]])
			skipped++
			continue
		}
		loc := rec[col["location"]]
		if byLoc[loc] == nil {
			byLoc[loc] = &Stats{}
			order = append(order, loc)
		}
		byLoc[loc].Add(t)
		if note := rec[col["note"]]; strings.Contains(note, ",") {
			fmt.Printf("line %d: quoted note preserved: %q\n", line, note)
		}
	}
	slices.SortFunc(order, func(a, b string) int {
		return cmp.Compare(byLoc[a].Mean(), byLoc[b].Mean())
	})
	fmt.Printf("\n%-10s %3s %7s %7s %7s %7s\n", "location", "n", "mean", "median", "stddev", "°F")
	fmt.Println(strings.Repeat("-", 46))
	all := &Stats{}
	for _, loc := range order {
		s := byLoc[loc]
		all.values = append(all.values, s.values...)
		fmt.Printf("%-10s %3d %7.2f %7.2f %7.2f %7.1f\n", loc, s.N(), s.Mean(), s.Median(), s.StdDev(), s.Mean()*9/5+32)
	}
	fmt.Println(strings.Repeat("-", 46))
	fmt.Printf("%-10s %3d %7.2f %7.2f %7.2f %7.1f\n", "ALL", all.N(), all.Mean(), all.Median(), all.StdDev(), all.Mean()*9/5+32)
	fmt.Printf("skipped rows: %d\n", skipped)

	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Comma = '\t'
	w.Write([]string{"location", "mean_c"})
	for _, loc := range order {
		w.Write([]string{loc, strconv.FormatFloat(byLoc[loc].Mean(), 'f', 3, 64)})
	}
	w.Flush()
	fmt.Print("\nexport:\n", sb.String())
}
