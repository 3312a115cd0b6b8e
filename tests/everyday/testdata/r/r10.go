package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

type Layout struct {
	Name   string
	Layout string
}

var layouts = []Layout{
	{"RFC3339", time.RFC3339},
	{"ISO date", "2006-01-02"},
	{"US", "01/02/2006 3:04 PM"},
	{"EU", "02.01.2006 15:04"},
	{"RFC1123", time.RFC1123},
	{"compact", "20060102T150405"},
	{"month name", "January 2, 2006"},
	{"syslog", "Jan _2 15:04:05"},
}

type ParsedTime struct {
	Input  string
	Layout string
	T      time.Time
}

func parseAny(s string, loc *time.Location) (ParsedTime, error) {
	for _, l := range layouts {
		if t, err := time.ParseInLocation(l.Layout, s, loc); err == nil {
			if t.Year() == 0 {
				t = t.AddDate(2024, 0, 0)
			}
			return ParsedTime{s, l.Name, t}, nil
		}
	}
	return ParsedTime{}, fmt.Errorf("unrecognized time %q", s)
}

func humanize(d time.Duration) string {
	neg := d < 0
	d = max(d, -d)
	var parts []string
	days := int(d.Hours()) / 24
	if days > 0 {
		parts = append(parts, fmt.Sprintf("%dd", days))
	}
	if h := int(d.Hours()) % 24; h > 0 {
		parts = append(parts, fmt.Sprintf("%dh", h))
	}
	if m := int(d.Minutes()) % 60; m > 0 {
		parts = append(parts, fmt.Sprintf("%dm", m))
	}
	s := strings.Join(parts, " ")
	if s == "" {
		s = "0m"
	}
	if neg {
		return s + " ago"
	}
	return "in " + s
}

func main() {
	ref := time.Date(2024, time.March, 15, 12, 0, 0, 0, time.UTC)
	inputs := []string{
		"2024-03-14T09:30:00Z",
		"2024-03-20",
		"03/15/2024 4:45 PM",
		"16.03.2024 08:15",
		"Fri, 15 Mar 2024 11:59:00 UTC",
		"20240229T235959",
		"February 29, 2024",
		"Mar  5 06:07:08",
		"2024-02-30",
		"yesterday",
	}
	var parsed []ParsedTime
	for _, in := range inputs {
		p, err := parseAny(in, time.UTC)
		if err != nil {
			fmt.Println("ERR ", err)
			continue
		}
		parsed = append(parsed, p)
		fmt.Printf("%-32q %-10s -> %s  (%s)\n", in, p.Layout, p.T.Format(time.RFC3339), humanize(p.T.Sub(ref)))
	}
	slices.SortFunc(parsed, func(a, b ParsedTime) int { return a.T.Compare(b.T) })
	fmt.Println("chronological:")
	for _, p := range parsed {
		_, week := p.T.ISOWeek()
		fmt.Printf("  %s  %-9s week %2d  day-of-year %3d\n", p.T.Format("Mon 2006-01-02 15:04"), p.T.Weekday(), week, p.T.YearDay())
	}
	ny := time.FixedZone("EST", -5*3600)
	tokyo := time.FixedZone("JST", 9*3600)
	fmt.Println("zones for", ref.Format(time.Kitchen), "UTC:")
	for _, z := range []*time.Location{time.UTC, ny, tokyo} {
		fmt.Printf("  %-4s %s\n", z, ref.In(z).Format("2006-01-02 15:04 MST -07:00"))
	}
	end := ref.AddDate(0, 1, 16) // month overflow normalization
	fmt.Println("ref + 1 month 16 days =", end.Format("2006-01-02"))
	fmt.Println("Jan 31 + 1 month =", time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format("2006-01-02"))
	fmt.Println("truncate to hour:", time.Date(2024, 3, 15, 12, 47, 31, 0, time.UTC).Truncate(time.Hour).Format(time.TimeOnly))
}
