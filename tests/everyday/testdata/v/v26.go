package main

import (
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

const raw = `date,store,units
2024-03-01,north,14
2024-03-02,north,9
2024-03-04,north,17
2024-03-05,north,11
2024-03-06,north,
2024-03-07,north,21
2024-03-08,north,16
2024-03-11,north,19
2024-03-12,north,13
2024-03-13,north,25
2024-03-15,north,12
2024/03/16,north,8
2024-03-17,north,10
`

type Obs struct {
	Date  time.Time
	Units int
}

func main() {
	r := csv.NewReader(strings.NewReader(raw))
	records, err := r.ReadAll()
	if err != nil {
		fmt.Println("csv error:", err)
		return
	}
	var obs []Obs
	for i, rec := range records[1:] {
		t, err := time.Parse(time.DateOnly, rec[0])
		if err != nil {
			fmt.Printf("row %d: bad date %q\n", i+2, rec[0])
			continue
		}
		u, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("row %d: missing units on %s -> skipped\n", i+2, t.Format("Jan 2"))
			continue
		}
		obs = append(obs, Obs{t, u})
	}
	fmt.Println("valid observations:", len(obs))

	// reindex to a complete daily range, filling gaps with 0 and flagging them
	byDay := map[time.Time]int{}
	for _, o := range obs {
		byDay[o.Date] = o.Units
	}
	start, end := obs[0].Date, obs[len(obs)-1].Date
	var days []time.Time
	var series []float64
	var missing []string
	for d := start; !d.After(end); d = d.AddDate(0, 0, 1) {
		days = append(days, d)
		v, ok := byDay[d]
		if !ok {
			missing = append(missing, d.Format("01-02"))
		}
		series = append(series, float64(v))
	}
	fmt.Println("missing days:", missing)

	// 3-day centered moving average and weekly (ISO week) totals
	fmt.Printf("%-10s %-3s %5s %7s\n", "date", "dow", "units", "ma3")
	for i, d := range days {
		ma := "   n/a"
		if i > 0 && i < len(series)-1 {
			ma = fmt.Sprintf("%6.2f", (series[i-1]+series[i]+series[i+1])/3)
		}
		fmt.Printf("%-10s %-3s %5.0f %7s\n", d.Format(time.DateOnly), d.Weekday().String()[:3], series[i], ma)
	}

	type week struct{ Year, Week int }
	weekly := map[week]float64{}
	for i, d := range days {
		y, w := d.ISOWeek()
		weekly[week{y, w}] += series[i]
	}
	weeks := make([]week, 0, len(weekly))
	for w := range weekly {
		weeks = append(weeks, w)
	}
	slices.SortFunc(weeks, func(a, b week) int {
		if a.Year != b.Year {
			return a.Year - b.Year
		}
		return a.Week - b.Week
	})
	for _, w := range weeks {
		fmt.Printf("%d-W%02d %4.0f %s\n", w.Year, w.Week, weekly[w], strings.Repeat("*", int(weekly[w])/10))
	}

	// weekday profile
	var dowSum [7]float64
	var dowN [7]int
	for i, d := range days {
		if _, ok := byDay[d]; ok {
			dowSum[d.Weekday()] += series[i]
			dowN[d.Weekday()]++
		}
	}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if dowN[wd] == 0 {
			continue
		}
		fmt.Printf("%-9v avg=%5.2f n=%d\n", wd, dowSum[wd]/float64(dowN[wd]), dowN[wd])
	}
}
