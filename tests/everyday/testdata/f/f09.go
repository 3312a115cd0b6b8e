// f09: parse timestamps from heterogeneous sources by trying several layouts in order.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type layout struct {
	name string
	fmt  string
}

var layouts = []layout{
	{"rfc3339nano", time.RFC3339Nano},
	{"rfc3339", time.RFC3339},
	{"datetime", time.DateTime},
	{"date", time.DateOnly},
	{"rfc1123z", time.RFC1123Z},
	{"rfc1123", time.RFC1123},
	{"us-slash", "01/02/2006 15:04"},
	{"eu-dots", "02.01.2006"},
	{"apache", "02/Jan/2006:15:04:05 -0700"},
	{"compact", "20060102T150405Z0700"},
	{"month-year", "Jan 2006"},
}

type UnparsedError struct {
	Input    string
	Attempts []error
}

func (e *UnparsedError) Error() string {
	return fmt.Sprintf("no layout matched %q (%d tried)", e.Input, len(e.Attempts))
}

func (e *UnparsedError) Unwrap() []error { return e.Attempts }

func parseAny(s string) (time.Time, string, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "@") { // unix epoch seconds, optionally fractional
		f, err := strconv.ParseFloat(s[1:], 64)
		if err != nil {
			return time.Time{}, "", fmt.Errorf("epoch %q: %w", s, err)
		}
		sec := int64(f)
		return time.Unix(sec, int64((f-float64(sec))*1e9)).UTC(), "epoch", nil
	}
	ue := &UnparsedError{Input: s}
	for _, l := range layouts {
		t, err := time.Parse(l.fmt, s)
		if err == nil {
			return t, l.name, nil
		}
		ue.Attempts = append(ue.Attempts, err)
	}
	return time.Time{}, "", ue
}

func main() {
	inputs := []string{
		"2024-02-29T13:45:00Z",
		"2024-02-29T13:45:00.123456789+05:30",
		"2023-12-31 23:59:59",
		"2023-07-04",
		"Mon, 02 Jan 2006 15:04:05 -0700",
		"Tue, 10 Oct 2023 08:00:00 UTC",
		"03/15/2024 09:30",
		"15.03.2024",
		"10/Oct/2023:13:55:36 -0700",
		"20240315T093000Z",
		"Mar 2024",
		"@1700000000.25",
		"2023-02-29",
		"2024-13-01",
		"yesterday",
		"@12abc",
	}
	for _, in := range inputs {
		t, name, err := parseAny(in)
		if err != nil {
			fmt.Printf("%-38q ERROR %v\n", in, err)
			var ue *UnparsedError
			if errors.As(err, &ue) {
				// Show the first error that is not a plain mismatch of layout literal text.
				for _, a := range ue.Attempts {
					var pe *time.ParseError
					if errors.As(a, &pe) && pe.Message != "" {
						fmt.Printf("%40s hint: %s\n", "", strings.TrimPrefix(pe.Message, ": "))
						break
					}
				}
			}
			continue
		}
		_, offset := t.Zone()
		fmt.Printf("%-38q %-11s %s  utc=%s off=%+d\n", in, name,
			t.Format(time.RFC3339Nano), t.UTC().Format("2006-01-02T15:04"), offset/3600)
	}

	fmt.Println()
	start, _, _ := parseAny("2024-03-09T12:00:00-05:00")
	end, _, _ := parseAny("2024-03-11 12:00:00")
	d := end.Sub(start)
	fmt.Printf("span %v = %.2f days, weekday start=%s end=%s\n", d, d.Hours()/24, start.Weekday(), end.Weekday())
	fmt.Println("truncated to day:", end.Truncate(24*time.Hour).Format(time.DateOnly))
	fmt.Println("ISO week of end:", func() string { y, w := end.ISOWeek(); return fmt.Sprintf("%d-W%02d", y, w) }())
}
