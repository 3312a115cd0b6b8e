package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Plugin interface {
	Name() string
	Process(string) string
}

// Optional capability interfaces, discovered via type assertion.
type Initializer interface {
	Init(cfg map[string]string) error
}

type Closer interface {
	Close() string
}

type Factory func() Plugin

var registry = map[string]Factory{}

func Register(name string, f Factory) {
	if _, dup := registry[name]; dup {
		panic("plugin registered twice: " + name)
	}
	registry[name] = f
}

type upper struct{}

func (upper) Name() string            { return "upper" }
func (upper) Process(s string) string { return strings.ToUpper(s) }

type reverse struct{}

func (reverse) Name() string { return "reverse" }
func (reverse) Process(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

type censor struct {
	words []string
	hits  int
}

func (c *censor) Name() string { return "censor" }
func (c *censor) Init(cfg map[string]string) error {
	w := cfg["censor.words"]
	if w == "" {
		return fmt.Errorf("censor: no words configured")
	}
	c.words = strings.Split(w, ",")
	return nil
}
func (c *censor) Process(s string) string {
	for _, w := range c.words {
		c.hits += strings.Count(s, w)
		s = strings.ReplaceAll(s, w, strings.Repeat("*", len(w)))
	}
	return s
}
func (c *censor) Close() string { return fmt.Sprintf("censor: %d replacements", c.hits) }

type wrap struct{ left, right string }

func (w wrap) Name() string            { return "wrap" }
func (w wrap) Process(s string) string { return w.left + s + w.right }

func init() {
	Register("upper", func() Plugin { return upper{} })
	Register("reverse", func() Plugin { return reverse{} })
	Register("censor", func() Plugin { return &censor{} })
	Register("wrap", func() Plugin { return wrap{"<<", ">>"} })
}

func buildPipeline(names []string, cfg map[string]string) ([]Plugin, error) {
	var out []Plugin
	for _, n := range names {
		f, ok := registry[n]
		if !ok {
			return nil, fmt.Errorf("unknown plugin %q (available: %s)", n,
				strings.Join(slices.Sorted(maps.Keys(registry)), ", "))
		}
		p := f()
		if in, ok := p.(Initializer); ok {
			if err := in.Init(cfg); err != nil {
				return nil, err
			}
		}
		out = append(out, p)
	}
	return out, nil
}

func main() {
	cfg := map[string]string{"censor.words": "darn,heck"}
	inputs := []string{"well darn it", "what the heck, darn", "all good here"}

	for _, spec := range []string{"censor,upper,wrap", "reverse,wrap", "upper,compress", "censor"} {
		fmt.Printf("pipeline [%s]\n", spec)
		ps, err := buildPipeline(strings.Split(spec, ","), cfg)
		if spec == "censor" {
			ps, err = buildPipeline([]string{"censor"}, nil)
		}
		if err != nil {
			fmt.Println("  error:", err)
			continue
		}
		for _, in := range inputs {
			s := in
			for _, p := range ps {
				s = p.Process(s)
			}
			fmt.Printf("  %-22q => %q\n", in, s)
		}
		for _, p := range ps {
			if c, ok := p.(Closer); ok {
				fmt.Println("  close:", c.Close())
			}
		}
	}
}
