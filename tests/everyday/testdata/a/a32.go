// Struct embedding for audited entities, with JSON flattening of embedded fields and method promotion.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Audit struct {
	CreatedAt time.Time `json:"created_at"`
	CreatedBy string    `json:"created_by"`
	UpdatedAt time.Time `json:"updated_at,omitzero"`
	UpdatedBy string    `json:"updated_by,omitempty"`
	Version   int       `json:"version"`
}

func (a *Audit) Touch(by string, at time.Time) {
	a.UpdatedAt = at
	a.UpdatedBy = by
	a.Version++
}

func (a Audit) Age(now time.Time) time.Duration { return now.Sub(a.CreatedAt) }

type SoftDelete struct {
	DeletedAt *time.Time `json:"deleted_at,omitempty"`
}

func (s *SoftDelete) Delete(at time.Time) { s.DeletedAt = &at }
func (s SoftDelete) Deleted() bool        { return s.DeletedAt != nil }

type Dataset struct {
	Audit
	SoftDelete
	Name   string   `json:"name"`
	Owner  string   `json:"owner"`
	Tables []string `json:"tables"`
}

type Pipeline struct {
	Audit
	Name     string `json:"name"`
	Source   string `json:"source"`
	Target   string `json:"target"`
	Schedule string `json:"schedule"`
}

// Describer is satisfied by both types via their own String methods.
type Describer interface {
	fmt.Stringer
	Age(time.Time) time.Duration
}

func (d Dataset) String() string {
	state := "active"
	if d.Deleted() {
		state = "deleted"
	}
	return fmt.Sprintf("dataset %s (%d tables, v%d, %s)", d.Name, len(d.Tables), d.Version, state)
}

func (p Pipeline) String() string {
	return fmt.Sprintf("pipeline %s: %s -> %s @ %q (v%d)", p.Name, p.Source, p.Target, p.Schedule, p.Version)
}

var clock = time.Date(2024, 9, 1, 12, 0, 0, 0, time.UTC)

func tick(d time.Duration) time.Time {
	clock = clock.Add(d)
	return clock
}

func main() {
	ds := &Dataset{
		Audit:  Audit{CreatedAt: clock, CreatedBy: "maria", Version: 1},
		Name:   "sales_raw",
		Owner:  "data-eng",
		Tables: []string{"orders", "order_items"},
	}
	pl := &Pipeline{
		Audit:    Audit{CreatedAt: tick(30 * time.Minute), CreatedBy: "li", Version: 1},
		Name:     "sales_daily",
		Source:   "sales_raw",
		Target:   "warehouse.sales",
		Schedule: "0 3 * * *",
	}
	show := func(label string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			fmt.Println("marshal:", err)
			return
		}
		fmt.Printf("%-22s %s\n", label, b)
	}
	show("dataset created:", ds)
	show("pipeline created:", pl)

	ds.Tables = append(ds.Tables, "refunds")
	ds.Touch("li", tick(2*time.Hour)) // promoted from Audit
	pl.Schedule = "0 4 * * *"
	pl.Touch("maria", tick(15*time.Minute))
	pl.Touch("maria", tick(5*time.Minute))
	show("dataset updated:", ds)
	show("pipeline updated:", pl)

	ds.Delete(tick(24 * time.Hour))
	show("dataset deleted:", ds)

	fmt.Println()
	now := tick(time.Hour)
	for _, d := range []Describer{ds, pl} {
		fmt.Printf("%-62s age=%v\n", d, d.Age(now))
	}

	// Decoding fills embedded fields from the flat JSON.
	in := `{"name":"events","owner":"platform","tables":["clicks","views"],"created_at":"2024-08-15T08:00:00Z","created_by":"sam","version":7,"deleted_at":null}`
	var back Dataset
	if err := json.Unmarshal([]byte(in), &back); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Printf("\ndecoded: %v\n", back)
	fmt.Printf("  embedded Audit: %+v\n", back.Audit)
	fmt.Printf("  explicit vs promoted: %d == %d\n", back.Audit.Version, back.Version)
	fmt.Printf("  deleted? %v, created %s ago as of %s\n", back.Deleted(), back.Age(now), now.Format(time.DateTime))

	// Field shadowing: an outer Version would hide the embedded one.
	type Versioned struct {
		Audit
		Version string `json:"version"`
	}
	v := Versioned{Audit: Audit{Version: 3, CreatedBy: "x", CreatedAt: now}, Version: "v3-beta"}
	b, _ := json.Marshal(v)
	fmt.Println("\nshadowed:", string(b))
	fmt.Println("inner version still reachable:", v.Audit.Version, strings.ToUpper(v.Version))
}
