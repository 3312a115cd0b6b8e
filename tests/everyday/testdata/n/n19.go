// Heterogeneous []any rows (like a loosely-typed CSV import) with type switches for cleaning.
package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

type Row []any

type Clean struct {
	ID     int
	Name   string
	Score  float64
	Active bool
	Joined time.Time
}

func toFloat(v any) (float64, error) {
	switch x := v.(type) {
	case int:
		return float64(x), nil
	case int64:
		return float64(x), nil
	case float64:
		if math.IsNaN(x) {
			return 0, fmt.Errorf("NaN")
		}
		return x, nil
	case string:
		return strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(x), "%"), 64)
	case nil:
		return 0, fmt.Errorf("missing")
	default:
		return 0, fmt.Errorf("unsupported %T", v)
	}
}

func toBool(v any) (bool, error) {
	switch x := v.(type) {
	case bool:
		return x, nil
	case int:
		return x != 0, nil
	case string:
		switch strings.ToLower(x) {
		case "y", "yes", "true", "1":
			return true, nil
		case "n", "no", "false", "0":
			return false, nil
		}
		return false, fmt.Errorf("bad bool %q", x)
	}
	return false, fmt.Errorf("unsupported %T", v)
}

func toTime(v any) (time.Time, error) {
	switch x := v.(type) {
	case time.Time:
		return x, nil
	case string:
		for _, layout := range []string{time.DateOnly, "02/01/2006", "Jan 2, 2006"} {
			if t, err := time.Parse(layout, x); err == nil {
				return t, nil
			}
		}
		return time.Time{}, fmt.Errorf("bad date %q", x)
	case int64:
		return time.Unix(x, 0).UTC(), nil
	}
	return time.Time{}, fmt.Errorf("unsupported %T", v)
}

func main() {
	rows := []Row{
		{1, "ann", 88.5, true, "2023-01-15"},
		{2, "bo", "92", "yes", "15/02/2023"},
		{3, "cy", int64(75), 1, time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)},
		{4, "di", "81.25%", "N", int64(1680307200)},
		{5, "ed", nil, true, "2023-05-05"},
		{6, "fa", math.NaN(), false, "Jun 9, 2023"},
		{7, "gu", 67.0, "maybe", "2023-07-04"},
		{8, "hi", []int{1}, true, "2023-08-08"},
		{9, "io", 99, true, "not a date"},
	}
	typeCounts := map[string]int{}
	for _, r := range rows {
		for _, v := range r {
			typeCounts[fmt.Sprintf("%T", v)]++
		}
	}
	names := make([]string, 0, len(typeCounts))
	for k := range typeCounts {
		names = append(names, k)
	}
	slices.Sort(names)
	fmt.Println("value types seen:")
	for _, n := range names {
		fmt.Printf("  %-10s %d\n", n, typeCounts[n])
	}

	var good []Clean
	fmt.Println("\nrejections:")
	for _, r := range rows {
		id := r[0].(int)
		score, err := toFloat(r[2])
		if err != nil {
			fmt.Printf("  row %d score %v: %v\n", id, r[2], err)
			continue
		}
		active, err := toBool(r[3])
		if err != nil {
			fmt.Printf("  row %d active: %v\n", id, err)
			continue
		}
		joined, err := toTime(r[4])
		if err != nil {
			fmt.Printf("  row %d joined: %v\n", id, err)
			continue
		}
		good = append(good, Clean{id, r[1].(string), score, active, joined})
	}
	fmt.Printf("\nclean rows: %d of %d\n", len(good), len(rows))
	var sum float64
	for _, c := range good {
		fmt.Printf("  %+v\n", struct {
			ID     int
			Name   string
			Score  string
			Active bool
			Joined string
		}{c.ID, c.Name, fmt.Sprintf("%.2f", c.Score), c.Active, c.Joined.Format(time.DateOnly)})
		sum += c.Score
	}
	fmt.Printf("mean score=%.3f\n", sum/float64(len(good)))
}
