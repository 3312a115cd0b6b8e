// f16: run user-supplied transform steps safely, converting panics into typed errors.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type PanicError struct {
	Step    string
	Value   any
	Runtime bool
}

func (p *PanicError) Error() string {
	kind := "panic"
	if p.Runtime {
		kind = "runtime panic"
	}
	return fmt.Sprintf("step %q: %s: %v", p.Step, kind, p.Value)
}

// Unwrap exposes the panic value when it was itself an error.
func (p *PanicError) Unwrap() error {
	if err, ok := p.Value.(error); ok {
		return err
	}
	return nil
}

type Record map[string]any

type Step struct {
	Name string
	Fn   func(Record) error
}

func safeCall(s Step, r Record) (err error) {
	defer func() {
		if v := recover(); v != nil {
			_, isRT := v.(runtime.Error)
			err = &PanicError{Step: s.Name, Value: v, Runtime: isRT}
		}
	}()
	return s.Fn(r)
}

var ErrSkip = errors.New("skip record")

func pipeline() []Step {
	return []Step{
		{"trim", func(r Record) error {
			r["name"] = strings.TrimSpace(r["name"].(string)) // panics if not a string
			return nil
		}},
		{"parse-qty", func(r Record) error {
			n, err := strconv.Atoi(r["qty"].(string))
			if err != nil {
				return fmt.Errorf("qty: %w", err)
			}
			r["qty"] = n
			return nil
		}},
		{"unit-price", func(r Record) error {
			total := r["total"].(int)
			r["unit"] = total / r["qty"].(int) // integer divide by zero possible
			return nil
		}},
		{"tags", func(r Record) error {
			tags := r["tags"].([]string)
			r["primary"] = tags[0]
			if tags[0] == "test" {
				return ErrSkip
			}
			return nil
		}},
		{"audit", func(r Record) error {
			if r["name"] == "mallory" {
				panic(fmt.Errorf("audit: blocked user %q: %w", r["name"], ErrSkip))
			}
			if r["name"] == "" {
				panic("empty name after trim")
			}
			var m map[string]int
			if r["qty"].(int) > 1000 {
				m["bulk"]++ // nil map write
			}
			return nil
		}},
	}
}

func main() {
	records := []Record{
		{"name": " alice ", "qty": "4", "total": 100, "tags": []string{"retail"}},
		{"name": "bob", "qty": "0", "total": 50, "tags": []string{"retail"}},
		{"name": 42, "qty": "1", "total": 1, "tags": []string{"x"}},
		{"name": "carol", "qty": "2x", "total": 1, "tags": []string{"x"}},
		{"name": "dave", "qty": "3", "total": 9, "tags": []string{}},
		{"name": "erin", "qty": "1", "total": 5, "tags": []string{"test"}},
		{"name": "mallory", "qty": "1", "total": 5, "tags": []string{"vip"}},
		{"name": "   ", "qty": "1", "total": 5, "tags": []string{"vip"}},
		{"name": "frank", "qty": "2000", "total": 4000, "tags": []string{"wholesale"}},
	}
	var ok, skipped, failed, panics int
	for i, r := range records {
		var err error
		for _, s := range pipeline() {
			if err = safeCall(s, r); err != nil {
				break
			}
		}
		var pe *PanicError
		switch {
		case err == nil:
			ok++
			fmt.Printf("#%d ok      name=%q unit=%v primary=%v\n", i, r["name"], r["unit"], r["primary"])
		case errors.Is(err, ErrSkip):
			skipped++
			fmt.Printf("#%d skipped %v\n", i, err)
		case errors.As(err, &pe):
			panics++
			fmt.Printf("#%d PANIC   %v (runtime=%t, value type %T)\n", i, err, pe.Runtime, pe.Value)
		default:
			failed++
			fmt.Printf("#%d failed  %v\n", i, err)
		}
	}
	fmt.Printf("ok=%d skipped=%d failed=%d panics=%d\n", ok, skipped, failed, panics)
}
