package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// DateRange is a half-open interval [Start, End).
type DateRange struct {
	Start, End time.Time
}

func (r DateRange) Days() int { return int(r.End.Sub(r.Start).Hours() / 24) }

func (r DateRange) String() string {
	return fmt.Sprintf("%s..%s (%dd)", r.Start.Format(time.DateOnly), r.End.AddDate(0, 0, -1).Format(time.DateOnly), r.Days())
}

func (r DateRange) Overlaps(o DateRange) bool { return r.Start.Before(o.End) && o.Start.Before(r.End) }

var (
	quarterRE  = regexp.MustCompile(`^(\d{4})-?Q([1-4])$`)
	lastNRE    = regexp.MustCompile(`^last (\d+) (day|week|month)s?$`)
	isoWeekRE  = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)
	explicitRE = regexp.MustCompile(`^(\S+)\s*(?:\.\.|to)\s*(\S+)$`)
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// ParseRange understands a handful of human/analyst-friendly range specs
// relative to a fixed "today".
func ParseRange(spec string, today time.Time) (DateRange, error) {
	s := strings.ToLower(strings.TrimSpace(spec))
	switch s {
	case "today":
		return DateRange{today, today.AddDate(0, 0, 1)}, nil
	case "yesterday":
		return DateRange{today.AddDate(0, 0, -1), today}, nil
	case "this month", "mtd":
		return DateRange{day(today.Year(), today.Month(), 1), today.AddDate(0, 0, 1)}, nil
	case "ytd":
		return DateRange{day(today.Year(), 1, 1), today.AddDate(0, 0, 1)}, nil
	}
	if m := quarterRE.FindStringSubmatch(strings.ToUpper(s)); m != nil {
		y, _ := strconv.Atoi(m[1])
		q, _ := strconv.Atoi(m[2])
		start := day(y, time.Month(3*(q-1)+1), 1)
		return DateRange{start, start.AddDate(0, 3, 0)}, nil
	}
	if m := lastNRE.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		end := today.AddDate(0, 0, 1)
		switch m[2] {
		case "day":
			return DateRange{end.AddDate(0, 0, -n), end}, nil
		case "week":
			return DateRange{end.AddDate(0, 0, -7*n), end}, nil
		default:
			return DateRange{end.AddDate(0, -n, 0), end}, nil
		}
	}
	if m := isoWeekRE.FindStringSubmatch(strings.ToUpper(s)); m != nil {
		y, _ := strconv.Atoi(m[1])
		w, _ := strconv.Atoi(m[2])
		jan4 := day(y, 1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		start := monday.AddDate(0, 0, 7*(w-1))
		return DateRange{start, start.AddDate(0, 0, 7)}, nil
	}
	if m := explicitRE.FindStringSubmatch(s); m != nil {
		a, err1 := time.Parse(time.DateOnly, m[1])
		b, err2 := time.Parse(time.DateOnly, m[2])
		if err1 != nil || err2 != nil {
			return DateRange{}, fmt.Errorf("bad dates in %q", spec)
		}
		if b.Before(a) {
			return DateRange{}, fmt.Errorf("end before start in %q", spec)
		}
		return DateRange{a, b.AddDate(0, 0, 1)}, nil
	}
	return DateRange{}, fmt.Errorf("unrecognized range %q", spec)
}

func main() {
	today := day(2024, time.March, 15)
	specs := []string{"today", "yesterday", "MTD", "ytd", "2024Q1", "2023-Q4", "last 7 days",
		"last 2 weeks", "last 3 months", "2024-W01", "2020-W53", "2024-02-20..2024-03-05",
		"2024-01-01 to 2024-12-31", "2024-05-01..2024-04-01", "next tuesday", "2024-02-30..2024-03-01"}
	var ranges []DateRange
	for _, s := range specs {
		r, err := ParseRange(s, today)
		if err != nil {
			fmt.Printf("%-26s ERROR %v\n", s, err)
			continue
		}
		ranges = append(ranges, r)
		fmt.Printf("%-26s %s\n", s, r)
	}
	q1 := ranges[4]
	fmt.Println("overlapping with 2024Q1:")
	for _, r := range ranges {
		if r != q1 && r.Overlaps(q1) {
			fmt.Println("  ", r)
		}
	}
}
