// f40: ISO 8601 durations (PnYnMnDTnHnMnS, PnW) and intervals ("start/end", "start/P1M", "P1D/end").
package main

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

type Period struct {
	Years, Months, Days int
	Clock               time.Duration
}

var periodRe = regexp.MustCompile(`^(?P<sign>[-+])?P(?:(?P<w>\d+)W|(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<d>\d+)D)?(?:T(?:(?P<h>\d+)H)?(?:(?P<mi>\d+)M)?(?:(?P<s>\d+(?:[.,]\d{1,9})?)S)?)?)$`)

var ErrPeriod = errors.New("invalid ISO 8601 duration")

func ParsePeriod(s string) (Period, error) {
	m := periodRe.FindStringSubmatch(s)
	if m == nil || strings.HasSuffix(s, "P") || strings.HasSuffix(s, "T") { // no components given
		return Period{}, fmt.Errorf("%w: %q", ErrPeriod, s)
	}
	get := func(name string) int {
		n, _ := strconv.Atoi(m[periodRe.SubexpIndex(name)]) // regexp guarantees digits; "" -> 0
		return n
	}
	p := Period{Years: get("y"), Months: get("mo"), Days: get("d") + 7*get("w")}
	p.Clock = time.Duration(get("h"))*time.Hour + time.Duration(get("mi"))*time.Minute
	if sec := m[periodRe.SubexpIndex("s")]; sec != "" {
		d, err := time.ParseDuration(strings.Replace(sec, ",", ".", 1) + "s")
		if err != nil {
			return Period{}, fmt.Errorf("%w: seconds %q: %w", ErrPeriod, sec, err)
		}
		p.Clock += d
	}
	if m[periodRe.SubexpIndex("sign")] == "-" {
		p = p.Neg()
	}
	return p, nil
}

// AddTo applies calendar parts first (AddDate normalises e.g. Jan 31 + 1M = Mar 2), then clock time.
func (p Period) AddTo(t time.Time) time.Time {
	return t.AddDate(p.Years, p.Months, p.Days).Add(p.Clock)
}

func (p Period) Neg() Period { return Period{-p.Years, -p.Months, -p.Days, -p.Clock} }

type Interval struct{ Start, End time.Time }

func parseInstant(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised instant %q", s)
}

func ParseInterval(s string) (Interval, error) {
	a, b, ok := strings.Cut(s, "/")
	if !ok {
		return Interval{}, fmt.Errorf("interval %q: missing '/'", s)
	}
	var iv Interval
	var err error
	switch {
	case strings.HasPrefix(a, "P") && strings.HasPrefix(b, "P"):
		return iv, fmt.Errorf("interval %q: both sides are durations", s)
	case strings.HasPrefix(b, "P"):
		var p Period
		if iv.Start, err = parseInstant(a); err == nil {
			if p, err = ParsePeriod(b); err == nil {
				iv.End = p.AddTo(iv.Start)
			}
		}
	case strings.HasPrefix(a, "P"):
		var p Period
		if iv.End, err = parseInstant(b); err == nil {
			if p, err = ParsePeriod(a); err == nil {
				iv.Start = p.Neg().AddTo(iv.End)
			}
		}
	default:
		if iv.Start, err = parseInstant(a); err == nil {
			iv.End, err = parseInstant(b)
		}
	}
	if err == nil && !iv.End.After(iv.Start) {
		err = fmt.Errorf("end %s is not after start %s", iv.End.Format(time.RFC3339), iv.Start.Format(time.RFC3339))
	}
	if err != nil {
		return Interval{}, fmt.Errorf("interval %q: %w", s, err)
	}
	return iv, nil
}

func main() {
	fmt.Println("durations:")
	for _, s := range []string{"P1Y2M10DT2H30M", "PT36H", "P2W", "PT0.5S", "PT1,25S", "-P1D", "P1M", "PT", "P", "P1H", "P1W2D", "PT1.1234567891S", "1D"} {
		p, err := ParsePeriod(s)
		if err != nil {
			fmt.Printf("  %-18s error: %v (ErrPeriod=%t)\n", s, err, errors.Is(err, ErrPeriod))
			continue
		}
		fmt.Printf("  %-18s %+v\n", s, p)
	}
	fmt.Println("intervals:")
	for _, s := range []string{
		"2024-01-31/P1M",
		"2024-01-31T22:00:00Z/PT3H",
		"P1D/2024-03-01",
		"2024-02-01/2024-02-29T12:00",
		"2023-03-25T12:00:00+01:00/2023-03-26T12:00:00+02:00",
		"2024-05-01/P0D",
		"2024-05-01",
		"P1D/P2D",
		"2024-13-01/P1D",
		"2024-01-01/P1X",
	} {
		iv, err := ParseInterval(s)
		if err != nil {
			fmt.Printf("  %-54s error: %v\n", s, err)
			continue
		}
		fmt.Printf("  %-54s %s -> %s (%v)\n", s, iv.Start.Format("2006-01-02 15:04Z07:00"),
			iv.End.Format("2006-01-02 15:04Z07:00"), iv.End.Sub(iv.Start))
	}
}
