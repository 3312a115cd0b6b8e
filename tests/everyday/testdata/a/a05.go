// Custom JSON (un)marshalling for durations, enums and money amounts in a job spec.
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		v, err := time.ParseDuration(s)
		if err != nil {
			return fmt.Errorf("duration %q: %w", s, err)
		}
		d.Duration = v
		return nil
	}
	var secs float64
	if err := json.Unmarshal(b, &secs); err != nil {
		return fmt.Errorf("duration must be string or number, got %s", b)
	}
	d.Duration = time.Duration(secs * float64(time.Second))
	return nil
}

type Priority int

const (
	Low Priority = iota
	Normal
	High
	Critical
)

var priorityNames = []string{"low", "normal", "high", "critical"}

func (p Priority) String() string {
	if int(p) < len(priorityNames) {
		return priorityNames[p]
	}
	return "Priority(" + strconv.Itoa(int(p)) + ")"
}

func (p Priority) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

func (p *Priority) UnmarshalText(b []byte) error {
	s := strings.ToLower(string(b))
	for i, n := range priorityNames {
		if n == s {
			*p = Priority(i)
			return nil
		}
	}
	return fmt.Errorf("unknown priority %q", b)
}

// Cents stores money as an integer but serialises as a decimal string.
type Cents int64

func (c Cents) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, c/100, c%100)), nil
}

func (c *Cents) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return err
	}
	frac = (frac + "00")[:2]
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return err
	}
	*c = Cents(w*100 + f)
	return nil
}

type Job struct {
	ID       string   `json:"id"`
	Priority Priority `json:"priority"`
	Timeout  Duration `json:"timeout"`
	Interval Duration `json:"interval,omitzero"`
	Budget   Cents    `json:"budget"`
}

var specs = []string{
	`{"id":"nightly-etl","priority":"high","timeout":"1h30m","interval":"24h","budget":"12.5"}`,
	`{"id":"ping","priority":"LOW","timeout":2.5,"budget":"0.07"}`,
	`{"id":"reindex","priority":"critical","timeout":"45m","interval":"6h15m","budget":199}`,
	`{"id":"broken","priority":"urgent","timeout":"1m","budget":"1"}`,
	`{"id":"bad-timeout","priority":"normal","timeout":"forever","budget":"3"}`,
}

func main() {
	var jobs []Job
	for _, s := range specs {
		var j Job
		if err := json.Unmarshal([]byte(s), &j); err != nil {
			fmt.Printf("reject: %v\n", err)
			continue
		}
		jobs = append(jobs, j)
		fmt.Printf("parsed %-12s prio=%-8v timeout=%-8v interval=%-9v budget=%d cents\n",
			j.ID, j.Priority, j.Timeout, j.Interval, j.Budget)
	}

	fmt.Println("\nRe-encoded:")
	var total Cents
	var totalTimeout time.Duration
	for _, j := range jobs {
		b, err := json.Marshal(j)
		if err != nil {
			fmt.Println("marshal:", err)
			continue
		}
		fmt.Println(" ", string(b))
		total += j.Budget
		totalTimeout += j.Timeout.Duration
	}

	summary := map[string]any{
		"jobs":          len(jobs),
		"total_budget":  total,
		"total_timeout": Duration{totalTimeout},
		"max_priority":  Critical,
		"by_priority":   map[Priority]int{High: 1, Low: 1, Critical: 1},
	}
	out, _ := json.MarshalIndent(summary, "", "  ")
	fmt.Println("\nSummary:")
	fmt.Println(string(out))
	fmt.Printf("\n%v %d %q\n", Priority(7), High, Normal)
}
