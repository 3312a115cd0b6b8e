// h06: custom UnmarshalJSON/MarshalJSON on domain types (duration, severity enum, flexible time).
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Duration time.Duration

func (d *Duration) UnmarshalJSON(b []byte) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	switch x := v.(type) {
	case float64: // bare numbers are seconds
		*d = Duration(time.Duration(x * float64(time.Second)))
	case string:
		pd, err := time.ParseDuration(x)
		if err != nil {
			return fmt.Errorf("duration %q: %w", x, err)
		}
		*d = Duration(pd)
	default:
		return fmt.Errorf("duration: unsupported JSON %s", b)
	}
	return nil
}

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(d).String())
}

type Severity int

const (
	Low Severity = iota + 1
	Medium
	High
)

var severityNames = map[string]Severity{"low": Low, "medium": Medium, "high": High}

var ErrSeverity = errors.New("unknown severity")

func (s *Severity) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	v, ok := severityNames[strings.ToLower(name)]
	if !ok {
		return fmt.Errorf("%w: %q", ErrSeverity, name)
	}
	*s = v
	return nil
}

func (s Severity) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

func (s Severity) String() string {
	return [...]string{"?", "low", "medium", "high"}[s]
}

type Incident struct {
	ID       string    `json:"id"`
	Severity Severity  `json:"severity"`
	Opened   time.Time `json:"opened"`
	TTR      Duration  `json:"time_to_resolve"`
	Tags     []string  `json:"tags,omitempty"`
}

const input = `[
 {"id":"INC-1","severity":"HIGH","opened":"2024-02-01T08:15:00Z","time_to_resolve":"1h30m","tags":["db"]},
 {"id":"INC-2","severity":"low","opened":"2024-02-01T09:00:00+02:00","time_to_resolve":600},
 {"id":"INC-3","severity":"Medium","opened":"2024-02-02T23:59:59Z","time_to_resolve":"45m"}
]`

var badInputs = []string{
	`{"id":"INC-9","severity":"critical","opened":"2024-02-01T00:00:00Z","time_to_resolve":"1m"}`,
	`{"id":"INC-10","severity":"low","opened":"2024-02-01T00:00:00Z","time_to_resolve":"soon"}`,
	`{"id":"INC-11","severity":"low","opened":"2024-02-01T00:00:00Z","time_to_resolve":true}`,
	`{"id":"INC-12","severity":"low","opened":"yesterday","time_to_resolve":"1m"}`,
}

func main() {
	var incidents []Incident
	if err := json.Unmarshal([]byte(input), &incidents); err != nil {
		panic(err)
	}
	var total time.Duration
	for _, inc := range incidents {
		total += time.Duration(inc.TTR)
		fmt.Printf("%-6s %-6s opened=%s ttr=%-8v tags=%v\n",
			inc.ID, inc.Severity, inc.Opened.UTC().Format(time.RFC3339), time.Duration(inc.TTR), inc.Tags)
	}
	fmt.Printf("mean time to resolve: %v\n\n", total/time.Duration(len(incidents)))

	for _, in := range badInputs {
		var inc Incident
		err := json.Unmarshal([]byte(in), &inc)
		fmt.Printf("error: %v (is ErrSeverity: %t)\n", err, errors.Is(err, ErrSeverity))
	}

	// Round trip: the marshaller produces a canonical form.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(incidents[1]); err != nil {
		panic(err)
	}
	fmt.Print("\ncanonical INC-2:\n", buf.String())
}
