package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Plugin func(args []string) (string, error)

type Registry struct {
	plugins map[string]Plugin
	aliases map[string]string
}

var ErrUnknown = errors.New("unknown plugin")
var ErrDuplicate = errors.New("duplicate registration")

func NewRegistry() *Registry {
	return &Registry{plugins: map[string]Plugin{}, aliases: map[string]string{}}
}

func (r *Registry) Register(name string, p Plugin, aliases ...string) error {
	if _, ok := r.plugins[name]; ok {
		return fmt.Errorf("register %q: %w", name, ErrDuplicate)
	}
	r.plugins[name] = p
	for _, a := range aliases {
		r.aliases[a] = name
	}
	return nil
}

func (r *Registry) Run(name string, args ...string) (string, error) {
	if real, ok := r.aliases[name]; ok {
		name = real
	}
	p, ok := r.plugins[name]
	if !ok {
		return "", fmt.Errorf("run %q: %w", name, ErrUnknown)
	}
	return p(args)
}

func (r *Registry) Names() []string {
	return slices.Sorted(maps.Keys(r.plugins))
}

func sumPlugin(args []string) (string, error) {
	total := 0
	for _, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil {
			return "", fmt.Errorf("sum: %w", err)
		}
		total += n
	}
	return strconv.Itoa(total), nil
}

func counter() Plugin {
	calls := 0
	return func(args []string) (string, error) {
		calls++
		return fmt.Sprintf("call #%d with %d args", calls, len(args)), nil
	}
}

func main() {
	r := NewRegistry()
	must := func(err error) {
		if err != nil {
			fmt.Println("register error:", err)
		}
	}
	must(r.Register("upper", func(a []string) (string, error) {
		return strings.ToUpper(strings.Join(a, " ")), nil
	}, "up", "U"))
	must(r.Register("sum", sumPlugin, "add"))
	must(r.Register("reverse", func(a []string) (string, error) {
		b := slices.Clone(a)
		slices.Reverse(b)
		return strings.Join(b, " "), nil
	}))
	must(r.Register("count", counter()))
	must(r.Register("sum", sumPlugin))
	must(r.Register("max", func(a []string) (string, error) {
		if len(a) == 0 {
			return "", errors.New("max: no arguments")
		}
		best := a[0]
		for _, s := range a[1:] {
			best = max(best, s)
		}
		return best, nil
	}))

	fmt.Println("plugins:", r.Names())
	aliases := slices.Sorted(maps.Keys(r.aliases))
	for _, a := range aliases {
		fmt.Printf("  alias %-3s -> %s\n", a, r.aliases[a])
	}

	calls := [][]string{
		{"upper", "hello", "plugin", "world"},
		{"up", "alias", "works"},
		{"sum", "1", "2", "3", "39"},
		{"add", "10", "x"},
		{"reverse", "a", "b", "c", "d"},
		{"count"},
		{"count", "a", "b"},
		{"max", "pear", "apple", "zucchini", "kiwi"},
		{"max"},
		{"nope", "1"},
		{"U"},
		{"count", "z"},
	}
	for _, c := range calls {
		out, err := r.Run(c[0], c[1:]...)
		var numErr *strconv.NumError
		switch {
		case errors.Is(err, ErrUnknown):
			fmt.Printf("%-8s => ERROR unknown: %v\n", c[0], err)
		case errors.As(err, &numErr):
			fmt.Printf("%-8s => ERROR bad number %q (%v)\n", c[0], numErr.Num, numErr.Err)
		case err != nil:
			fmt.Printf("%-8s => ERROR %v\n", c[0], err)
		default:
			fmt.Printf("%-8s => %q\n", c[0], out)
		}
	}
}
