package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

var ErrUnknownFilter = errors.New("unknown filter")

type Ctx []any // stack of scopes, innermost last

func (c Ctx) lookup(path string) any {
	keys := strings.Split(path, ".")
	if path == "." {
		keys = []string{"."}
	}
	for i := len(c) - 1; i >= 0; i-- {
		v := c[i]
		for _, k := range keys {
			m, _ := v.(map[string]any)
			v = m[k]
		}
		if v != nil {
			return v
		}
	}
	return nil
}

var filters = map[string]func(string) string{"upper": strings.ToUpper, "lower": strings.ToLower, "quote": strconv.Quote}

type Node interface {
	Render(w *strings.Builder, c Ctx) error
}

type Text string
type Var struct {
	Path    string
	Filters []string
}
type Nodes []Node
type Section struct {
	Kind, Path string // "if" or "each"
	Body, Else Nodes
}

func (t Text) Render(w *strings.Builder, _ Ctx) error { w.WriteString(string(t)); return nil }

func (v Var) Render(w *strings.Builder, c Ctx) error {
	s := fmt.Sprint(c.lookup(v.Path))
	for _, f := range v.Filters {
		fn, ok := filters[f]
		if !ok {
			return fmt.Errorf("{{%s}}: %w %q", v.Path, ErrUnknownFilter, f)
		}
		s = fn(s)
	}
	w.WriteString(s)
	return nil
}

func (ns Nodes) Render(w *strings.Builder, c Ctx) error {
	for _, n := range ns {
		if err := n.Render(w, c); err != nil {
			return err
		}
	}
	return nil
}

func (s Section) Render(w *strings.Builder, c Ctx) error {
	v := c.lookup(s.Path)
	items, isList := v.([]any)
	if v == nil || v == false || v == "" || v == 0 || isList && len(items) == 0 {
		return s.Else.Render(w, c)
	} else if s.Kind == "if" {
		return s.Body.Render(w, c)
	}
	for i, it := range items {
		inner := append(c[:len(c):len(c)], it, map[string]any{".": it, "@index": i})
		if err := s.Body.Render(w, inner); err != nil {
			return err
		}
	}
	return nil
}

func parse(src string, end ...string) (nodes Nodes, rest, stop string, err error) {
	for src != "" {
		i, j := strings.Index(src, "{{"), strings.Index(src, "}}")
		if i < 0 {
			return append(nodes, Text(src)), "", "", nil
		} else if j < i {
			return nil, "", "", errors.New("unclosed tag")
		}
		tag := strings.TrimSpace(src[i+2 : j])
		nodes, src = append(nodes, Text(src[:i])), src[j+2:]
		if slices.Contains(end, tag) {
			return nodes, src, tag, nil
		}
		kw, arg, _ := strings.Cut(tag, " ")
		if kw != "#if" && kw != "#each" {
			parts := strings.Split(tag, "|")
			nodes = append(nodes, Var{parts[0], parts[1:]})
			continue
		}
		sec, closer := Section{Kind: kw[1:], Path: arg}, "/"+kw[1:]
		if sec.Body, src, stop, err = parse(src, "else", closer); err == nil && stop == "else" {
			sec.Else, src, stop, err = parse(src, closer)
		}
		if err == nil && stop != closer {
			err = fmt.Errorf("missing {{%s}} for %q", closer, arg)
		}
		if err != nil {
			return nil, "", "", err
		}
		nodes = append(nodes, sec)
	}
	return nodes, "", "", nil
}

func main() {
	data := map[string]any{
		"user":  map[string]any{"name": "Ada Lovelace", "vip": true},
		"items": []any{map[string]any{"sku": "pen", "qty": 3}, map[string]any{"sku": "ink", "qty": 0}, map[string]any{"sku": "pad", "qty": 12}},
		"tags":  []any{"new", "sale"}, "empty": []any{},
	}
	templates := []string{
		"Hello, {{user.name|upper}}!{{#if user.vip}} (VIP){{/if}}\n",
		"Order:\n{{#each items}}  {{@index}}. {{sku|quote}} x{{qty}}{{#if qty}}{{else}} [backordered]{{/if}}\n{{/each}}",
		"Tags: {{#each tags}}[{{.|upper}}]{{/each}}; none: {{#each empty}}X{{else}}(no items){{/each}}\n",
		"Nested: {{#each items}}{{#if qty}}{{sku}}/{{user.name|lower}}; {{/if}}{{/each}}\n",
		"{{user.name|shout}}", "{{#if user.vip}}unterminated", "{{user.name",
	}
	for i, t := range templates {
		nodes, _, _, err := parse(t)
		var sb strings.Builder
		if err == nil {
			err = nodes.Render(&sb, Ctx{data})
		}
		if err != nil {
			fmt.Printf("template %d error: %v (unknown filter: %t)\n", i+1, err, errors.Is(err, ErrUnknownFilter))
			continue
		}
		fmt.Print(sb.String())
	}
}
