// Command j28 turns panics into errors at API boundaries: a template
// engine that panics internally, a safe runner for plugins, and
// re-panicking for errors it should not swallow.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type TemplateError struct {
	Pos int
	Msg string
}

func (e TemplateError) Error() string { return fmt.Sprintf("template: pos %d: %s", e.Pos, e.Msg) }

type Lookup func(name string) (string, bool)

func FromMap(m map[string]string) Lookup {
	return func(name string) (string, bool) { v, ok := m[name]; return v, ok }
}

// Render expands {{name}} placeholders; internal helpers panic with
// TemplateError and the exported entry point recovers only those.
func Render(tpl string, vars Lookup) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			te, ok := r.(TemplateError)
			if !ok {
				panic(r) // not ours: propagate
			}
			err = te
		}
	}()
	var sb strings.Builder
	for i := 0; i < len(tpl); {
		start := strings.Index(tpl[i:], "{{")
		if start < 0 {
			sb.WriteString(tpl[i:])
			break
		}
		sb.WriteString(tpl[i : i+start])
		i += start
		name, next := parseName(tpl, i)
		sb.WriteString(lookup(vars, name, i))
		i = next
	}
	return sb.String(), nil
}

func parseName(tpl string, at int) (string, int) {
	end := strings.Index(tpl[at:], "}}")
	if end < 0 {
		panic(TemplateError{at, "unclosed action"})
	}
	name := strings.TrimSpace(tpl[at+2 : at+end])
	if name == "" {
		panic(TemplateError{at, "empty action"})
	}
	return name, at + end + 2
}

func lookup(vars Lookup, name string, at int) string {
	v, ok := vars(name)
	if !ok {
		panic(TemplateError{at, fmt.Sprintf("undefined variable %q", name)})
	}
	return v
}

// SafeRun converts any panic from fn into an error, classifying runtime errors.
func SafeRun(name string, fn func() int) (result int, err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case runtime.Error:
			err = fmt.Errorf("plugin %s crashed: %w", name, r)
		case error:
			err = fmt.Errorf("plugin %s: %w", name, r)
		default:
			err = fmt.Errorf("plugin %s: panic: %v", name, r)
		}
	}()
	return fn(), nil
}

var ErrQuota = errors.New("quota exceeded")

func main() {
	vars := map[string]string{"user": "ana", "count": "3"}
	for _, tpl := range []string{
		"Hello {{ user }}, you have {{count}} new messages.",
		"Hi {{user}}! {{ missing }}",
		"Broken {{user",
		"Empty {{ }} here",
	} {
		out, err := Render(tpl, FromMap(vars))
		fmt.Printf("%-52q => %q err=%v\n", tpl, out, err)
	}

	var nilMap map[string]int
	var arr []int
	plugins := []struct {
		name string
		fn   func() int
	}{
		{"ok", func() int { return 42 }},
		{"index", func() int { return arr[3] }},
		{"nilmap", func() int { nilMap["x"] = 1; return 0 }},
		{"divide", func() int { z := 0; return 10 / z }},
		{"custom", func() int { panic(fmt.Errorf("wrapped: %w", ErrQuota)) }},
		{"string", func() int { panic("something odd") }},
		{"assert", func() int { var v any = "s"; return v.(int) }},
	}
	for _, p := range plugins {
		res, err := SafeRun(p.name, p.fn)
		var re runtime.Error
		fmt.Printf("%-7s res=%d runtime=%-5t quota=%-5t err=%v\n",
			p.name, res, errors.As(err, &re), errors.Is(err, ErrQuota), err)
	}

	// A panic that is not a TemplateError escapes Render; catch it one level up.
	func() {
		defer func() {
			r := recover()
			_, isRuntime := r.(runtime.Error)
			fmt.Printf("outer recover caught (runtime=%t): %v\n", isRuntime, r)
		}()
		out, err := Render("{{x}}", FromMap(nil))
		fmt.Printf("nil map lookup is safe: %q %v\n", out, err)
		broken := func(string) (string, bool) { var p *string; return *p, true }
		Render("{{x}}", broken)
		fmt.Println("not reached")
	}()
	fmt.Println("recover outside a deferred call returns", recover())
}
