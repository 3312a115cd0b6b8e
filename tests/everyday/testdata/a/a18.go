// Meeting planner across fixed-offset time zones: find common working hours.
package main

import (
	"fmt"
	"strings"
	"time"
)

type Office struct {
	City      string
	Loc       *time.Location
	StartHour int
	EndHour   int
}

func (o Office) Working(t time.Time) bool {
	lt := t.In(o.Loc)
	if lt.Weekday() == time.Saturday || lt.Weekday() == time.Sunday {
		return false
	}
	return lt.Hour() >= o.StartHour && lt.Hour() < o.EndHour
}

var offices = []Office{
	{"San Francisco", time.FixedZone("PDT", -7*3600), 9, 17},
	{"New York", time.FixedZone("EDT", -4*3600), 9, 18},
	{"London", time.FixedZone("BST", 1*3600), 8, 17},
	{"Berlin", time.FixedZone("CEST", 2*3600), 9, 18},
	{"Bangalore", time.FixedZone("IST", 5*3600+1800), 10, 19},
	{"Sydney", time.FixedZone("AEST", 10*3600), 8, 17},
}

type Slot struct {
	Start time.Time
	Who   []string
}

func main() {
	day := time.Date(2024, time.June, 12, 0, 0, 0, 0, time.UTC)
	fmt.Printf("Planning for %s (UTC day)\n\n", day.Format("Monday, 02 January 2006"))

	fmt.Println("Local time at 12:00 UTC:")
	noon := day.Add(12 * time.Hour)
	for _, o := range offices {
		_, off := noon.In(o.Loc).Zone()
		fmt.Printf("  %-14s %s  (UTC%+.1f)\n", o.City, noon.In(o.Loc).Format("Mon 15:04 MST"), float64(off)/3600)
	}

	fmt.Println("\nHourly coverage (UTC):")
	var best []Slot
	bestN := 0
	for h := 0; h < 24; h++ {
		t := day.Add(time.Duration(h) * time.Hour)
		var who []string
		var bar strings.Builder
		for _, o := range offices {
			if o.Working(t) {
				who = append(who, o.City)
				bar.WriteByte('#')
			} else {
				bar.WriteByte('.')
			}
		}
		fmt.Printf("  %s  %s  %d\n", t.Format("15:04"), bar.String(), len(who))
		switch {
		case len(who) > bestN:
			bestN = len(who)
			best = []Slot{{t, who}}
		case len(who) == bestN:
			best = append(best, Slot{t, who})
		}
	}
	fmt.Printf("\nBest slots cover %d of %d offices:\n", bestN, len(offices))
	for _, s := range best {
		fmt.Printf("  %s UTC: %s\n", s.Start.Format("15:04"), strings.Join(s.Who, ", "))
	}

	meeting := best[0].Start
	fmt.Println("\nInvite for the first best slot (45 min):")
	end := meeting.Add(45 * time.Minute)
	for _, o := range offices {
		ls, le := meeting.In(o.Loc), end.In(o.Loc)
		note := ""
		if !o.Working(meeting) {
			note = "  (outside hours)"
		}
		if ls.YearDay() != meeting.YearDay() {
			note += fmt.Sprintf("  [%+d day]", ls.YearDay()-meeting.YearDay())
		}
		fmt.Printf("  %-14s %s-%s%s\n", o.City, ls.Format("Mon 15:04"), le.Format("15:04"), note)
	}

	fmt.Println("\nParsing timestamps with offsets:")
	for _, s := range []string{
		"2024-06-12T09:30:00-07:00",
		"2024-06-12T18:00:00+05:30",
		"2024-06-12T23:15:00+10:00",
		"2024-06-12 14:00",
	} {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t, err = time.ParseInLocation("2006-01-02 15:04", s, offices[2].Loc)
			if err != nil {
				fmt.Println("  error:", err)
				continue
			}
		}
		fmt.Printf("  %-26s -> %s | unix %d | %s\n", s, t.UTC().Format(time.RFC3339), t.Unix(), t.UTC().Sub(meeting).String())
	}
	fmt.Println("\nEqual instants:", time.Date(2024, 6, 12, 17, 0, 0, 0, offices[1].Loc).Equal(time.Date(2024, 6, 12, 23, 0, 0, 0, offices[3].Loc)))
}
