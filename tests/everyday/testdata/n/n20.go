// Grouping ride trips by weekday, hour band, and month; durations with time.Duration arithmetic.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

type Trip struct {
	Start    time.Time
	Duration time.Duration
	Fare     float64
}

func band(h int) string {
	switch {
	case h < 6:
		return "night"
	case h < 10:
		return "am-peak"
	case h < 16:
		return "midday"
	case h < 20:
		return "pm-peak"
	default:
		return "evening"
	}
}

func main() {
	r := rand.New(rand.NewPCG(12, 34))
	base := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)
	var trips []Trip
	for i := 0; i < 1500; i++ {
		day := r.IntN(91)
		hour := r.IntN(24)
		if r.Float64() < 0.4 {
			hour = []int{8, 9, 17, 18}[r.IntN(4)]
		}
		st := base.AddDate(0, 0, day).Add(time.Duration(hour)*time.Hour + time.Duration(r.IntN(60))*time.Minute)
		d := time.Duration(5+r.IntN(40))*time.Minute + time.Duration(r.IntN(60))*time.Second
		if st.Weekday() == time.Saturday || st.Weekday() == time.Sunday {
			d += 7 * time.Minute
		}
		fare := 2.5 + 0.45*d.Minutes()
		trips = append(trips, Trip{st, d, fare})
	}

	type agg struct {
		N    int
		Dur  time.Duration
		Fare float64
	}
	byDow := map[time.Weekday]*agg{}
	byMonth := map[time.Month]*agg{}
	byBand := map[string]*agg{}
	add := func(a *agg, t Trip) {
		a.N++
		a.Dur += t.Duration
		a.Fare += t.Fare
	}
	for _, t := range trips {
		if byDow[t.Start.Weekday()] == nil {
			byDow[t.Start.Weekday()] = &agg{}
		}
		if byMonth[t.Start.Month()] == nil {
			byMonth[t.Start.Month()] = &agg{}
		}
		if byBand[band(t.Start.Hour())] == nil {
			byBand[band(t.Start.Hour())] = &agg{}
		}
		add(byDow[t.Start.Weekday()], t)
		add(byMonth[t.Start.Month()], t)
		add(byBand[band(t.Start.Hour())], t)
	}

	fmt.Printf("trips=%d from %s to %s\n\n", len(trips), base.Format("Mon Jan 2"), base.AddDate(0, 0, 90).Format("Mon Jan 2"))
	fmt.Println("weekday    trips  avg_dur    avg_fare")
	for d := time.Sunday; d <= time.Saturday; d++ {
		a := byDow[d]
		fmt.Printf("%-9s  %5d  %7v  %8.2f\n", d, a.N, (a.Dur / time.Duration(a.N)).Round(time.Second), a.Fare/float64(a.N))
	}

	fmt.Println("\nmonth      trips  total_hours  revenue")
	months := make([]time.Month, 0, len(byMonth))
	for m := range byMonth {
		months = append(months, m)
	}
	slices.Sort(months)
	for _, m := range months {
		a := byMonth[m]
		fmt.Printf("%-9s  %5d  %11.1f  %8.2f\n", m, a.N, a.Dur.Hours(), a.Fare)
	}

	fmt.Println("\nhour band share:")
	order := []string{"night", "am-peak", "midday", "pm-peak", "evening"}
	for _, b := range order {
		a := byBand[b]
		share := float64(a.N) / float64(len(trips))
		fmt.Printf("  %-8s %5.1f%% %s\n", b, 100*share, strings.Repeat("=", int(share*100)))
	}
	var longest Trip
	for _, t := range trips {
		if t.Duration > longest.Duration {
			longest = t
		}
	}
	end := longest.Start.Add(longest.Duration)
	fmt.Printf("\nlongest: %v starting %s ending %s\n", longest.Duration, longest.Start.Format(time.DateTime), end.Format("15:04:05"))
}
