// h04: TSV sensor readings via csv.Reader with tab delimiter; per-sensor stats and outliers.
package main

import (
	"encoding/csv"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

const readings = "# sensor\tlocation\ttemp_c\thumidity\n" +
	"s1\tlab\t21.5\t40\n" +
	"s2\twarehouse\t15.2\t55\n" +
	"s1\tlab\t21.9\t41\n" +
	"s3\troof\t-2.0\t80\n" +
	"s2\twarehouse\t15.0\t57\n" +
	"s1\tlab\t35.7\t39\n" +
	"s3\troof\t-1.4\t78\n" +
	"s2\twarehouse\t14.8\tNaN\n" +
	"s1\tlab\t22.1\t40\n" +
	"s3\troof\t-2.6\t83\n" +
	"s1\tlab\t21.7\t42\n"

type agg struct {
	location string
	temps    []float64
	humid    []float64
}

func meanStd(xs []float64) (mean, std float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		std += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(std / float64(len(xs)))
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func main() {
	r := csv.NewReader(strings.NewReader(readings))
	r.Comma = '\t'
	r.Comment = '#'
	recs, err := r.ReadAll()
	if err != nil {
		panic(err)
	}
	sensors := map[string]*agg{}
	var order []string
	for _, rec := range recs {
		id := rec[0]
		a, ok := sensors[id]
		if !ok {
			a = &agg{location: rec[1]}
			sensors[id] = a
			order = append(order, id)
		}
		t, err := strconv.ParseFloat(rec[2], 64)
		if err == nil {
			a.temps = append(a.temps, t)
		}
		h, err := strconv.ParseFloat(rec[3], 64)
		if err == nil && !math.IsNaN(h) {
			a.humid = append(a.humid, h)
		} else {
			fmt.Printf("sensor %s: ignoring humidity %q\n", id, rec[3])
		}
	}
	slices.Sort(order)

	fmt.Printf("\n%-4s %-10s %3s %7s %7s %7s %6s\n", "id", "location", "n", "mean", "median", "stddev", "hum")
	for _, id := range order {
		a := sensors[id]
		m, s := meanStd(a.temps)
		hm, _ := meanStd(a.humid)
		fmt.Printf("%-4s %-10s %3d %7.2f %7.2f %7.3f %6.1f\n", id, a.location, len(a.temps), m, median(a.temps), s, hm)
	}

	// Outlier detection using median absolute deviation, robust to the spike itself.
	fmt.Println("\noutliers (|x - median| > 3*MAD):")
	found := 0
	for _, id := range order {
		a := sensors[id]
		med := median(a.temps)
		devs := make([]float64, len(a.temps))
		for i, t := range a.temps {
			devs[i] = math.Abs(t - med)
		}
		mad := median(devs)
		for i, t := range a.temps {
			if mad > 0 && math.Abs(t-med) > 3*mad {
				fmt.Printf("  %s reading #%d = %.1f (median %.2f, MAD %.2f)\n", id, i+1, t, med, mad)
				found++
			}
		}
	}
	fmt.Printf("total outliers: %d\n", found)
}
